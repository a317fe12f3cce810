import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { GuidelineService } from './guideline.service';

/** Guidelines and their criteria: one statement per batch. */
export function guidelineLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    guidelineById: keyedLoader(
      (ids: readonly string[]) => GuidelineService.loadMany(ctx, ids),
      (g) => g.id,
    ),
    criteriaByGuidelineId: groupedLoader(
      (ids: readonly string[]) => GuidelineService.loadCriteria(ctx, ids),
      (c) => c.guidelineId,
    ),
  };
}
