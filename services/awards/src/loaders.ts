import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { AwardEditionService } from './award-editions/award-edition.service';
import { GuidelineService } from './guidelines/guideline.service';
import { JuryService } from './jury/jury.service';
import { NominationService } from './nominations/nomination.service';

/**
 * DataLoaders, fresh for each request and caller: references and per-parent lists resolve in one
 * statement per batch, with the caller's access rules in that statement.
 */
export function createAwardsLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    guidelineById: keyedLoader(
      (ids: readonly string[]) => GuidelineService.loadMany(ctx, ids),
      (g) => g.id,
    ),
    criteriaByGuidelineId: groupedLoader(
      (ids: readonly string[]) => GuidelineService.loadCriteria(ctx, ids),
      (c) => c.guidelineId,
    ),
    editionById: keyedLoader(
      (ids: readonly string[]) => AwardEditionService.loadMany(ctx, ids),
      (e) => e.id,
    ),
    nominationById: keyedLoader(
      (ids: readonly string[]) => NominationService.loadMany(ctx, ids),
      (n) => n.id,
    ),
    nominationsByInitiativeId: groupedLoader(
      (ids: readonly string[]) => NominationService.loadForInitiatives(ctx, ids),
      (n) => n.initiativeId,
    ),
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
export type AwardsLoaders = ReturnType<typeof createAwardsLoaders>;
