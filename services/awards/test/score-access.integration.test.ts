import { randomUUID } from 'node:crypto';
import { codeOf, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import type { Nomination } from '../src/nominations/nomination.entity';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { ADMINS, ASSIGNED_JUROR, type CallerKey, CALLERS, EVERYONE, matrix } from './callers';
import { COMPLETE, scoring } from './score-builders';

/**
 * docs/access-rules.md, conflicts and scores of an edition of Italy: who declares a conflict, who
 * scores, who reads whose scores and when, who reads the jury's progress and its conflicts. Each
 * rule both ways, over every kind of caller.
 */
let awards: TestSubgraph;
/** Judging: the assigned juror and another juror have each submitted a scorecard and declared a conflict. */
let judging: { edition: AwardEdition; nominations: Nomination[] };
/** The same, then decided. */
let decided: { edition: AwardEdition; nominations: Nomination[] };
const otherJuror = viewers.juror(randomUUID());

async function scoredEdition(decide: boolean) {
  const given = scoring(awards);
  const built = await given.judging(
    [ASSIGNED_JUROR, otherJuror.id!],
    [NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE],
  );
  for (const juror of [CALLERS.assignedJuror, otherJuror]) await given.scoreAndSubmit(juror, built.nominations[0].id);
  await given.declare(CALLERS.assignedJuror, built.nominations[1].id);
  await given.declare(otherJuror, built.nominations[2].id);
  if (decide) await given.decide(built.edition);
  return built;
}

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  judging = await scoredEdition(false);
  decided = await scoredEdition(true);
});

afterAll(async () => {
  await awards?.stop();
});

type Outcome = 'DONE' | 'UNAUTHENTICATED' | 'FORBIDDEN';
/** Only a juror on the edition's jury; an admin or the coordinator is not one unless assigned. */
const JURORS_OF_THE_EDITION: Record<CallerKey, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  admin: 'FORBIDDEN',
  coordinator: 'FORBIDDEN',
  otherCoordinator: 'FORBIDDEN',
  member: 'FORBIDDEN',
  otherMember: 'FORBIDDEN',
  juror: 'FORBIDDEN',
  assignedJuror: 'DONE',
  viewer: 'FORBIDDEN',
  readToken: 'FORBIDDEN',
  writeToken: 'FORBIDDEN',
};
const ORGANISERS: Record<CallerKey, boolean> = { ...ADMINS, coordinator: true };
const NOBODY: Record<CallerKey, boolean> = Object.fromEntries(
  Object.keys(EVERYONE).map((key) => [key, false]),
) as Record<CallerKey, boolean>;
const OWN_ONLY: Record<CallerKey, boolean> = { ...NOBODY, assignedJuror: true };

describe('saveScores on a nomination of Italy', () => {
  it.each(matrix(JURORS_OF_THE_EDITION))('$caller: $expected', async ({ viewer, expected }) => {
    const given = scoring(awards);
    const { nominations } = await given.judging([ASSIGNED_JUROR]);
    const result = await given.save(viewer, nominations[0].id, COMPLETE);
    const stored = await given.stored(nominations[0].id);
    if (expected === 'DONE') {
      expect(result.body.data?.saveScores.scorecard).toMatchObject({ status: 'DRAFT', jurorAccountId: viewer.id });
      expect(stored).toEqual([{ juror_account_id: viewer.id, status: 'DRAFT', scores: 2 }]);
    } else {
      expect(codeOf(result)).toBe(expected);
      expect(stored).toEqual([]);
    }
  });
});

describe('submitScorecard on a nomination of Italy', () => {
  it.each(matrix(JURORS_OF_THE_EDITION))('$caller: $expected', async ({ viewer, expected }) => {
    const given = scoring(awards);
    const { nominations } = await given.judging([ASSIGNED_JUROR]);
    await given.save(CALLERS.assignedJuror, nominations[0].id, COMPLETE);
    const result = await given.submit(viewer, nominations[0].id, 1);
    const [stored] = await given.stored(nominations[0].id);
    if (expected === 'DONE') {
      expect(result.body.data?.submitScorecard.scorecard).toMatchObject({ status: 'SUBMITTED', version: 2 });
      expect(stored.status).toBe('SUBMITTED');
    } else {
      expect(codeOf(result)).toBe(expected);
      expect(stored.status).toBe('DRAFT');
    }
  });
});

describe('declareConflict on a nomination of Italy', () => {
  it.each(matrix(JURORS_OF_THE_EDITION))('$caller: $expected', async ({ viewer, expected }) => {
    const given = scoring(awards);
    const { nominations } = await given.judging([ASSIGNED_JUROR]);
    const result = await given.declare(viewer, nominations[0].id);
    const stored = await awards.dataSource.query(
      'SELECT juror_account_id FROM jury_conflict WHERE nomination_id = $1',
      [nominations[0].id],
    );
    if (expected === 'DONE') {
      expect(result.body.errors).toBeUndefined();
      expect(stored).toEqual([{ juror_account_id: viewer.id }]);
    } else {
      expect(codeOf(result)).toBe(expected);
      expect(stored).toEqual([]);
    }
  });
});

const SCORES = `query($id: ID!) { nomination(id: $id) { myScorecard { jurorAccountId } scorecards { jurorAccountId } } }`;

describe('Nomination.myScorecard', () => {
  it.each(matrix(OWN_ONLY))('$caller: reads a scorecard of their own = $expected', async ({ viewer, expected }) => {
    for (const { nominations } of [judging, decided]) {
      const data = await awards.ok(SCORES, { id: nominations[0].id }, viewer);
      expect(data.nomination?.myScorecard ?? null).toEqual(expected ? { jurorAccountId: ASSIGNED_JUROR } : null);
    }
  });
});

describe('Nomination.scorecards', () => {
  it.each(matrix(NOBODY))('$caller: reads any while judging = $expected', async ({ viewer }) => {
    const data = await awards.ok(SCORES, { id: judging.nominations[0].id }, viewer);
    expect(data.nomination?.scorecards ?? []).toEqual([]);
  });

  it.each(matrix(ORGANISERS))('$caller: reads every juror’s once decided = $expected', async ({ viewer, expected }) => {
    const data = await awards.ok(SCORES, { id: decided.nominations[0].id }, viewer);
    const jurors = (data.nomination?.scorecards ?? []).map((card: { jurorAccountId: string }) => card.jurorAccountId);
    expect(jurors.sort()).toEqual(expected ? [ASSIGNED_JUROR, otherJuror.id].sort() : []);
  });
});

describe('AwardEdition.juryProgress', () => {
  const PROGRESS = `query($id: ID!) { awardEdition(id: $id) { juryProgress { jurorAccountId submitted conflicts } } }`;

  it.each(matrix(ORGANISERS))('$caller: reads it = $expected', async ({ viewer, expected }) => {
    const data = await awards.ok(PROGRESS, { id: judging.edition.id }, viewer);
    expect(data.awardEdition.juryProgress).toEqual(
      expected
        ? [
            { jurorAccountId: ASSIGNED_JUROR, submitted: 1, conflicts: 1 },
            { jurorAccountId: otherJuror.id, submitted: 1, conflicts: 1 },
          ]
        : [],
    );
  });
});

describe('AwardEdition.conflicts', () => {
  const CONFLICTS = `query($id: ID!) { awardEdition(id: $id) { conflicts { jurorAccountId reason } } }`;
  const READS: Record<CallerKey, 'ALL' | 'OWN' | 'NONE'> = {
    ...(Object.fromEntries(Object.keys(EVERYONE).map((key) => [key, 'NONE'])) as Record<CallerKey, 'NONE'>),
    admin: 'ALL',
    coordinator: 'ALL',
    assignedJuror: 'OWN',
  };

  it.each(matrix(READS))('$caller: reads $expected', async ({ viewer, expected }) => {
    const data = await awards.ok(CONFLICTS, { id: judging.edition.id }, viewer);
    const jurors = data.awardEdition.conflicts.map((c: { jurorAccountId: string }) => c.jurorAccountId).sort();
    const all = [ASSIGNED_JUROR, otherJuror.id].sort();
    expect(jurors).toEqual(expected === 'ALL' ? all : expected === 'OWN' ? [ASSIGNED_JUROR] : []);
  });
});
