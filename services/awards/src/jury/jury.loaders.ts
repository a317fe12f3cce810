import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { JuryService } from './jury.service';

/** Each edition's jury, and the caller's own seat on it (or null): one statement per batch. */
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
  };
}
