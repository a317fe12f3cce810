import type { DataSource } from 'typeorm';
import { keyedLoader } from '@best/kit';
import { InitiativeService } from './initiative.service';

/** A request's initiatives by id, one statement per batch. */
export function initiativeLoaders(dataSource: DataSource) {
  const ctx = { dataSource };
  return {
    initiativeById: keyedLoader(
      (ids: readonly string[]) => InitiativeService.loadMany(ctx, ids),
      (i) => i.id,
    ),
  };
}
