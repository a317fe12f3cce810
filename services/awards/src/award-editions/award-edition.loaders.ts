import type { DataSource } from 'typeorm';
import { keyedLoader, type Viewer } from '@best/kit';
import { AwardEditionService } from './award-edition.service';

/** Award editions by id: one statement per batch. */
export function awardEditionLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    editionById: keyedLoader(
      (ids: readonly string[]) => AwardEditionService.loadMany(ctx, ids),
      (e) => e.id,
    ),
  };
}
