import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { JuryConflictService } from './jury-conflict.service';
import { JuryService } from './jury.service';

/**
 * Each edition's jury, the caller's own seat on it (or null), the edition's declared conflicts and the
 * caller's own conflict with each nomination (or null): one statement per batch.
 */
export function juryLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    juryByEditionId: groupedLoader(
      (ids: readonly string[]) => JuryService.loadForEditions(ctx, ids),
      (j) => j.editionId,
    ),
    /** The caller's own seat on each edition's jury, or null. */
    callerSeatByEditionId: keyedLoader(
      (ids: readonly string[]) => JuryService.loadCallerSeats(ctx, ids),
      (j) => j.editionId,
    ),
    conflictsByEditionId: groupedLoader(
      (ids: readonly string[]) => JuryConflictService.loadForEditions(ctx, ids),
      (c) => c.editionId,
    ),
    /** The caller's own declared conflict with each nomination, or null. */
    callerConflictByNominationId: keyedLoader(
      (ids: readonly string[]) => JuryConflictService.loadCallerConflicts(ctx, ids),
      (c) => c.nominationId,
    ),
  };
}
