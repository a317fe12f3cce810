import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { WorkshopOutcomeService } from './workshop-outcome.service';

/** Outcomes, by id, by workshop and by the initiatives they cite: one statement per batch. */
export function workshopOutcomeLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
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
