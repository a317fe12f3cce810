import { systemContextOf, type Viewer } from '@best/kit';
import type { TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { AwardEditionService } from '../src/award-editions/award-edition.service';
import type { Nomination } from '../src/nominations/nomination.entity';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { seed } from './seed';

/** Scores for both criteria of the seed's guideline ("together", "regular-times"), each with a comment. */
export const COMPLETE = [
  { criterion: 'together', score: 4, comment: 'Newcomers and neighbours run it side by side.' },
  { criterion: 'regular-times', score: 3, comment: 'Every Saturday, most weeks.' },
];

export const SAVE = `mutation($input: SaveScoresInput!) {
  saveScores(input: $input) { scorecard { id status version submittedAt jurorAccountId scores { criterion score comment } } } }`;
export const SUBMIT = `mutation($input: SubmitScorecardInput!) {
  submitScorecard(input: $input) { scorecard { id status version submittedAt scores { criterion score comment } } } }`;
export const DECLARE = `mutation($input: DeclareConflictInput!) {
  declareConflict(input: $input) { conflict { id nominationId jurorAccountId reason declaredAt } edition { id } } }`;
export const WITHDRAW = `mutation($input: WithdrawConflictDeclarationInput!) {
  withdrawConflictDeclaration(input: $input) { nominationId edition { id } } }`;

/** Builders for judging: an edition in JUDGING with its nominations and jurors, scored over HTTP as the jurors. */
export function scoring(awards: TestSubgraph) {
  const given = seed(awards);

  /** An edition of `countryCode` in JUDGING, one nomination per status, the given accounts on its jury. */
  async function judging(
    jurors: string[],
    statuses: NominationStatus[] = [NominationStatus.ELIGIBLE],
    countryCode = 'IT',
  ): Promise<{ edition: AwardEdition; nominations: Nomination[] }> {
    const built = await given.editionWithNominations(AwardEditionPhase.JUDGING, statuses, { countryCode });
    for (const juror of jurors) await given.juror(built.edition, juror, `Juror ${juror.slice(-4)}`);
    return built;
  }

  /** Moves the edition on to DECIDED (and further when asked), as the platform would. */
  async function decide(edition: AwardEdition, to = AwardEditionPhase.DECIDED): Promise<void> {
    const service = new AwardEditionService(systemContextOf(awardsSubgraph, awards.dataSource));
    let current = edition;
    while (current.phase !== to) current = await service.advancePhase(current.id);
  }

  function save(viewer: Viewer, nominationId: string, scores: unknown[], expectedVersion?: number) {
    return awards.gql(SAVE, { input: { nominationId, scores, expectedVersion } }, viewer);
  }

  function submit(viewer: Viewer, nominationId: string, expectedVersion: number) {
    return awards.gql(SUBMIT, { input: { nominationId, expectedVersion } }, viewer);
  }

  /** A complete scorecard, saved then submitted; fails the test on any error. */
  async function scoreAndSubmit(viewer: Viewer, nominationId: string, scores = COMPLETE): Promise<void> {
    const saved = await awards.ok(SAVE, { input: { nominationId, scores } }, viewer);
    await awards.ok(SUBMIT, { input: { nominationId, expectedVersion: saved.saveScores.scorecard.version } }, viewer);
  }

  function declare(viewer: Viewer, nominationId: string, reason = 'I volunteer with this initiative.') {
    return awards.gql(DECLARE, { input: { nominationId, reason } }, viewer);
  }

  /** The scorecard rows stored for a nomination, whatever the API shows. */
  async function stored(nominationId: string): Promise<{ juror_account_id: string; status: string; scores: number }[]> {
    return awards.dataSource.query(
      `SELECT card.juror_account_id, card.status, (SELECT count(*)::int FROM score WHERE scorecard_id = card.id) AS scores
       FROM scorecard card WHERE card.nomination_id = $1 ORDER BY card.juror_account_id`,
      [nominationId],
    );
  }

  return { ...given, judging, decide, save, submit, scoreAndSubmit, declare, stored };
}
