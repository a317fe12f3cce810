import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { NominationService } from './nomination.service';

/** Nominations by id and by initiative, with the caller's read rule in the one statement per batch. */
export function nominationLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
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
