import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '@best/kit';
import { AwardEditionService } from './award-editions/award-edition.service';
import { GuidelineService } from './guidelines/guideline.service';
import { NominationService } from './nominations/nomination.service';

/** DataLoaders, fresh for each request: references and per-parent lists resolve in one statement per batch. */
export function createAwardsLoaders(dataSource: DataSource) {
  const ctx = { dataSource };
  return {
    guidelineById: keyedLoader(
      (ids: readonly string[]) => GuidelineService.loadMany(ctx, ids),
      (g) => g.id,
    ),
    criteriaByGuidelineId: groupedLoader(
      (ids: readonly string[]) => GuidelineService.loadCriteria(ctx, ids),
      (c) => c.guidelineId,
    ),
    editionById: keyedLoader(
      (ids: readonly string[]) => AwardEditionService.loadMany(ctx, ids),
      (e) => e.id,
    ),
    nominationById: keyedLoader(
      (ids: readonly string[]) => NominationService.loadMany(ctx, ids),
      (n) => n.id,
    ),
    nominationsByInitiativeId: groupedLoader(
      (ids: readonly string[]) => NominationService.loadForInitiatives(ctx, ids),
      (n) => n.initiativeId,
    ),
  };
}
export type AwardsLoaders = ReturnType<typeof createAwardsLoaders>;
