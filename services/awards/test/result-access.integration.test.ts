import { codeOf, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { ADMINS, ASSIGNED_JUROR, type CallerKey, CALLERS, EVERYONE, matrix } from './callers';
import { DECIDE, harshAndLenient, RESULTS, versionOf } from './result-builders';
import { scoring } from './score-builders';

/**
 * docs/access-rules.md, results of an edition of Italy: who follows the ranking while judging and
 * once decided, what everyone reads once announced, who records the decision. Each rule both ways,
 * over every kind of caller; the juror on the edition's jury scored it and still reads no ranking.
 */
let awards: TestSubgraph;
type Built = Awaited<ReturnType<typeof harshAndLenient>>;
let judging: Built;
let decided: Built;
let announced: Built;

async function decide(built: Built): Promise<void> {
  await awards.ok(
    DECIDE,
    {
      input: {
        editionId: built.edition.id,
        expectedVersion: await versionOf(awards, built.edition),
        winners: [built.b.id],
        finalists: [built.a.id],
        specialMentions: [built.d.id],
        reason: 'The jury follows the normalised ranking.',
      },
    },
    CALLERS.admin,
  );
}

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  judging = await harshAndLenient(awards, [ASSIGNED_JUROR]);
  decided = await harshAndLenient(awards, [ASSIGNED_JUROR]);
  await decide(decided);
  announced = await harshAndLenient(awards, [ASSIGNED_JUROR]);
  await decide(announced);
  await announced.given.decide({ ...announced.edition, phase: AwardEditionPhase.DECIDED }, AwardEditionPhase.ANNOUNCED);
});

afterAll(async () => {
  await awards?.stop();
});

const ORGANISERS: Record<CallerKey, boolean> = { ...ADMINS, coordinator: true };
type Row = { nomination: { id: string }; rawScore: number | null; outcome: string | null };

describe('awardResults of an edition of Italy', () => {
  it.each(matrix(ORGANISERS))(
    '$caller: follows the ranking while judging = $expected',
    async ({ viewer, expected }) => {
      const rows: Row[] = (await awards.ok(RESULTS, { editionId: judging.edition.id }, viewer)).awardResults;
      expect(rows.length).toBe(expected ? 4 : 0);
      if (expected) expect(rows.every((row) => row.rawScore != null)).toBe(true);
    },
  );

  it.each(matrix(ORGANISERS))(
    '$caller: reads the decided results before they are announced = $expected',
    async ({ viewer, expected }) => {
      const rows: Row[] = (await awards.ok(RESULTS, { editionId: decided.edition.id }, viewer)).awardResults;
      expect(rows.map((row) => row.outcome).sort()).toEqual(
        expected ? ['FINALIST', 'NOT_SELECTED', 'SPECIAL_MENTION', 'WINNER'] : [],
      );
    },
  );

  it.each(matrix(EVERYONE))(
    '$caller: reads the announced winner, finalist and mention = $expected',
    async ({ viewer }) => {
      const rows: Row[] = (await awards.ok(RESULTS, { editionId: announced.edition.id }, viewer)).awardResults;
      const outcomes = Object.fromEntries(rows.map((row) => [row.nomination.id, row.outcome]));
      expect(outcomes).toMatchObject({
        [announced.b.id]: 'WINNER',
        [announced.a.id]: 'FINALIST',
        [announced.d.id]: 'SPECIAL_MENTION',
      });
    },
  );

  it.each(matrix(ORGANISERS))(
    '$caller: reads the scores and the not selected once announced = $expected',
    async ({ viewer, expected }) => {
      const rows: Row[] = (await awards.ok(RESULTS, { editionId: announced.edition.id }, viewer)).awardResults;
      expect(rows.length).toBe(expected ? 4 : 3);
      expect(rows.every((row) => (row.rawScore != null) === expected)).toBe(true);
    },
  );
});

type Outcome = 'DONE' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const DECIDERS: Record<CallerKey, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  admin: 'DONE',
  coordinator: 'DONE',
  otherCoordinator: 'FORBIDDEN',
  member: 'FORBIDDEN',
  otherMember: 'FORBIDDEN',
  juror: 'FORBIDDEN',
  assignedJuror: 'FORBIDDEN',
  viewer: 'FORBIDDEN',
  readToken: 'FORBIDDEN',
  writeToken: 'FORBIDDEN',
};

describe('recordAwardDecision on an edition of Italy', () => {
  it.each(matrix(DECIDERS))('$caller: $expected', async ({ viewer, expected }) => {
    const given = scoring(awards);
    const { edition, nominations } = await given.judging([ASSIGNED_JUROR], [NominationStatus.ELIGIBLE]);
    const result = await awards.gql(
      DECIDE,
      {
        input: {
          editionId: edition.id,
          expectedVersion: await versionOf(awards, edition),
          winners: [nominations[0].id],
          reason: 'The only nomination, and a good one.',
        },
      },
      viewer,
    );
    const [stored] = await awards.dataSource.query(
      'SELECT e.phase, n.status FROM award_edition e JOIN nomination n ON n.edition_id = e.id WHERE e.id = $1',
      [edition.id],
    );
    if (expected === 'DONE') {
      expect(result.body.errors).toBeUndefined();
      expect(stored).toEqual({ phase: 'DECIDED', status: 'WINNER' });
    } else {
      expect(codeOf(result)).toBe(expected);
      expect(stored).toEqual({ phase: 'JUDGING', status: 'ELIGIBLE' });
    }
  });
});
