import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { BestPracticeService } from './best-practice.service';

/** Best practices by id and by initiative, with the caller's read rule in the one statement per batch. */
export function bestPracticeLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    bestPracticeById: keyedLoader(
      (ids: readonly string[]) => BestPracticeService.loadMany(ctx, ids),
      (b) => b.id,
    ),
    /** Each initiative's best practices, newest approval first. */
    bestPracticesByInitiativeId: groupedLoader(
      (ids: readonly string[]) => BestPracticeService.loadForInitiatives(ctx, ids),
      (b) => b.initiativeId,
    ),
  };
}
