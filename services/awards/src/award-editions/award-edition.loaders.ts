import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { AwardEditionService } from './award-edition.service';

/** Award editions by id, and each edition's phase history: one statement per batch. */
export function awardEditionLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    editionById: keyedLoader(
      (ids: readonly string[]) => AwardEditionService.loadMany(ctx, ids),
      (e) => e.id,
    ),
    /** Every move of each edition, oldest first. */
    phaseHistoryByEditionId: groupedLoader(
      (ids: readonly string[]) => AwardEditionService.loadPhaseHistories(ctx, ids),
      (change) => change.editionId,
    ),
  };
}
