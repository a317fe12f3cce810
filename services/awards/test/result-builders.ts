import { randomUUID } from 'node:crypto';
import { viewers, type TestSubgraph } from '@best/kit/testing';
import type { Viewer } from '@best/kit';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import type { Nomination } from '../src/nominations/nomination.entity';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { scoring } from './score-builders';

export const RESULTS = `query($editionId: ID!, $normalised: Boolean) {
  awardResults(editionId: $editionId, normalised: $normalised) {
    nomination { id status } rank tied rawScore rawRank normalisedScore normalisedRank
    submittedScorecards missingScorecards outcome } }`;
export const DECIDE = `mutation($input: RecordAwardDecisionInput!) {
  recordAwardDecision(input: $input) {
    edition { id phase version phaseHistory { fromPhase toPhase reason } }
    decision { editionId normalised specialMentionIds reason decidedBy }
    change { fromPhase toPhase reason } } }`;

/** Both criteria of the seed's guideline ("together" weighs 2, "regular-times" 1) at the given levels. */
export const levels = (together: number, regular = together) => [
  { criterion: 'together', score: together, comment: `Together: level ${together}.` },
  { criterion: 'regular-times', score: regular, comment: `Regular times: level ${regular}.` },
];

/**
 * An edition of Italy in JUDGING with four eligible nominations A, B, C, D and three jurors. The lenient
 * juror scores A (5,5), D (5,4) and C (3,3) and declares a conflict with B; the harsh juror scores
 * B (3,3) and C (1,1) and declares a conflict with A and D; the third juror has scored nothing.
 * Raw ranking: A, D, B, C. Normalised: B, A, D, C (as in ranking.test.ts).
 */
export async function harshAndLenient(awards: TestSubgraph, extraJurors: string[] = []) {
  const given = scoring(awards);
  const lenient = viewers.juror(randomUUID());
  const harsh = viewers.juror(randomUUID());
  const silent = viewers.juror(randomUUID());
  const built = await given.judging(
    [lenient.id!, harsh.id!, silent.id!, ...extraJurors],
    [NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE],
  );
  const [a, b, c, d] = built.nominations;
  await given.declare(lenient, b.id);
  await given.declare(harsh, a.id);
  await given.declare(harsh, d.id);
  const cards: [Viewer, Nomination, number, number][] = [
    [lenient, a, 5, 5],
    [lenient, d, 5, 4],
    [lenient, c, 3, 3],
    [harsh, b, 3, 3],
    [harsh, c, 1, 1],
  ];
  for (const [juror, nomination, together, regular] of cards) {
    await given.scoreAndSubmit(juror, nomination.id, levels(together, regular));
  }
  return { ...built, a, b, c, d, given };
}

/** The edition as stored now (its version moves with every phase change). */
export async function versionOf(awards: TestSubgraph, edition: AwardEdition): Promise<number> {
  const [row] = await awards.dataSource.query('SELECT version FROM award_edition WHERE id = $1', [edition.id]);
  return row.version;
}

/** Marks a nomination withdrawn, as its nominator would have before judging. */
export async function withdrawn(awards: TestSubgraph, nomination: Nomination): Promise<void> {
  await awards.dataSource.query(
    `UPDATE nomination SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawal_reason = 'The team moved away.'
     WHERE id = $1`,
    [nomination.id],
  );
}
