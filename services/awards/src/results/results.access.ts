import type { Viewer } from '@best/kit';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { organiserScope } from '../scores/scorecard.access';

/** How much of an edition's results a caller reads (docs/access-rules.md). */
export type ResultsView = 'FULL' | 'ANNOUNCED' | 'NONE';

const FOLLOWED_FROM: readonly AwardEditionPhase[] = [
  AwardEditionPhase.JUDGING,
  AwardEditionPhase.DECIDED,
  AwardEditionPhase.ANNOUNCED,
];

/**
 * Admins and the coordinator of the edition's country follow the ranking from JUDGING on, every
 * score and count included: it is how they see missing scores and prepare the decision. Everyone
 * else, the edition's jurors too, reads nothing until the results are ANNOUNCED, then only the
 * announced outcomes (winners, finalists, special mentions) and their ranks, never a score: the
 * scores stay the jury's.
 */
export function resultsViewOf(viewer: Viewer, edition: { countryCode: string; phase: AwardEditionPhase }): ResultsView {
  const scope = organiserScope(viewer);
  const organiser = !!scope && (scope.country === null || scope.country === edition.countryCode);
  if (organiser && FOLLOWED_FROM.includes(edition.phase)) return 'FULL';
  return edition.phase === AwardEditionPhase.ANNOUNCED ? 'ANNOUNCED' : 'NONE';
}
