import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { WorkshopOutcomeService } from './workshop-outcomes/workshop-outcome.service';
import { WorkshopService } from './workshops/workshop.service';

/**
 * DataLoaders, fresh for each request and caller: every batch of references or children costs one
 * statement, and none at all for a caller who may not read workshops.
 */
export function createAdvocacyLoaders(dataSource: DataSource, viewer: Viewer) {
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
    outcomeById: keyedLoader(
      (ids: readonly string[]) => WorkshopOutcomeService.loadMany(ctx, ids),
      (o) => o.id,
    ),
    outcomesByWorkshop: groupedLoader(
      (ids: readonly string[]) => WorkshopOutcomeService.loadByWorkshops(ctx, ids),
      (o) => o.workshopId,
    ),
    linksByOutcome: groupedLoader(
      (ids: readonly string[]) => WorkshopOutcomeService.loadLinks(ctx, ids),
      (l) => l.outcomeId,
    ),
    citationsByInitiative: groupedLoader(
      (ids: readonly string[]) => WorkshopOutcomeService.loadCitations(ctx, ids),
      (l) => l.initiativeId,
    ),
  };
}
export type AdvocacyLoaders = ReturnType<typeof createAdvocacyLoaders>;
