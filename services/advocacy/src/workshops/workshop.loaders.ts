import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { WorkshopService } from './workshop.service';

/** Workshops and their participant groups: one statement per batch, none for a caller who may not read them. */
export function workshopLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    workshopById: keyedLoader(
      (ids: readonly string[]) => WorkshopService.loadMany(ctx, ids),
      (w) => w.id,
    ),
    participantsByWorkshop: groupedLoader(
      (ids: readonly string[]) => WorkshopService.loadParticipants(ctx, ids),
      (p) => p.workshopId,
    ),
  };
}
