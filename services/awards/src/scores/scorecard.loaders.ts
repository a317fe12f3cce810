import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { ScorecardService } from './scorecard.service';

/** Scorecards with their scores, and each jury's progress: one statement per batch, the read rules in it. */
export function scorecardLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    /** The caller's own scorecard for each nomination, or null. */
    callerScorecardByNominationId: keyedLoader(
      (ids: readonly string[]) => ScorecardService.loadCallerScorecards(ctx, ids),
      (card) => card.nominationId,
    ),
    /** Every juror's submitted scorecard, for organisers once the edition is decided. */
    scorecardsByNominationId: groupedLoader(
      (ids: readonly string[]) => ScorecardService.loadRevealedScorecards(ctx, ids),
      (card) => card.nominationId,
    ),
    juryProgressByEditionId: groupedLoader(
      (ids: readonly string[]) => ScorecardService.loadProgress(ctx, ids),
      (progress) => progress.editionId,
    ),
  };
}
