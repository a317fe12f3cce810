import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { ManualService } from './manual.service';

/** Manuals by id (drafts only for staff, in the SQL) and each manual's chapters in order. */
export function manualLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    manualById: keyedLoader(
      (ids: readonly string[]) => ManualService.loadMany(ctx, ids),
      (m) => m.id,
    ),
    chaptersByManualId: groupedLoader(
      (ids: readonly string[]) => ManualService.loadChapters(ctx, ids),
      (c) => c.manualId,
    ),
  };
}
