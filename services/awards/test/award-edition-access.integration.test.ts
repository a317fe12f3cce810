import { codeOf, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import type { Guideline } from '../src/guidelines/guideline.entity';
import { EVERYONE, matrix, NETWORK, type CallerKey } from './callers';
import { seed } from './seed';

/**
 * docs/access-rules.md, award editions: who starts an edition of Italy, who moves it from phase to
 * phase, and who reads its phase history with the names of those who moved it. Each rule both ways.
 */
let awards: TestSubgraph;
let published: Guideline;
let moved: AwardEdition;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  published = await seed(awards).guideline();
  moved = await seed(awards).edition({ countryCode: 'IT', phase: AwardEditionPhase.JUDGING });
});

afterAll(async () => {
  await awards?.stop();
});

type Outcome = 'DONE' | 'UNAUTHENTICATED' | 'FORBIDDEN';
/** Admins and the coordinator of Italy; tokens act as members, so even a WRITE token is refused. */
const EDITION_RUNNERS: Record<CallerKey, Outcome> = {
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
const DAY = 86_400_000;
let year = 2070;

describe('createAwardEdition for Italy', () => {
  const CREATE = `mutation($input: CreateAwardEditionInput!) { createAwardEdition(input: $input) { edition { id year } } }`;

  it.each(matrix(EDITION_RUNNERS))('$caller: $expected', async ({ viewer, expected }) => {
    const input = {
      countryCode: 'IT',
      year: ++year,
      guidelineId: published.id,
      title: 'Italian national award',
      nominationsCloseAt: new Date(Date.now() + 30 * DAY).toISOString(),
      decisionAt: new Date(Date.now() + 90 * DAY).toISOString(),
    };
    const result = await awards.gql(CREATE, { input }, viewer);
    const stored = await awards.dataSource.query(
      `SELECT id FROM award_edition WHERE country_code = 'IT' AND year = $1`,
      [input.year],
    );
    if (expected === 'DONE') {
      expect(result.body.errors).toBeUndefined();
      expect(stored).toEqual([{ id: result.body.data!.createAwardEdition.edition.id }]);
    } else {
      expect(codeOf(result)).toBe(expected);
      expect(stored).toEqual([]);
    }
  });
});

describe('moveAwardEditionPhase for an edition of Italy', () => {
  const MOVE = `mutation($input: MoveAwardEditionPhaseInput!) {
    moveAwardEditionPhase(input: $input) { edition { phase } change { toPhase changedBy } } }`;

  it.each(matrix(EDITION_RUNNERS))('$caller: $expected', async ({ viewer, expected }) => {
    const edition = await seed(awards).edition({ countryCode: 'IT' });
    const input = { id: edition.id, expectedVersion: edition.version, to: 'NOMINATIONS_OPEN', reason: 'On time.' };
    const result = await awards.gql(MOVE, { input }, viewer);
    const [{ phase }] = await awards.dataSource.query('SELECT phase FROM award_edition WHERE id = $1', [edition.id]);
    const history = await awards.dataSource.query(
      'SELECT to_phase, changed_by, changed_by_id FROM award_edition_phase_change WHERE edition_id = $1',
      [edition.id],
    );
    if (expected === 'DONE') {
      expect(result.body.data?.moveAwardEditionPhase).toEqual({
        edition: { phase: 'NOMINATIONS_OPEN' },
        change: { toPhase: 'NOMINATIONS_OPEN', changedBy: viewer.displayName },
      });
      expect(phase).toBe('NOMINATIONS_OPEN');
      expect(history).toEqual([
        { to_phase: 'NOMINATIONS_OPEN', changed_by: viewer.displayName, changed_by_id: viewer.id },
      ]);
    } else {
      expect(codeOf(result)).toBe(expected);
      expect(phase).toBe('DRAFT');
      expect(history).toEqual([]);
    }
  });
});

describe('phaseHistory of an edition of Italy', () => {
  const HISTORY = `query($id: ID!, $r: [_Any!]!) {
    awardEdition(id: $id) { phaseHistory { toPhase reason changedBy } }
    _entities(representations: $r) { ... on AwardEdition { phaseHistory { toPhase changedBy } } }
  }`;

  it.each(matrix(EVERYONE))('$caller: reads every move = $expected', async ({ viewer, expected }) => {
    const r = [{ __typename: 'AwardEdition', id: moved.id }];
    const data = await awards.ok(HISTORY, { id: moved.id, r }, viewer);
    const phases = expected ? ['NOMINATIONS_OPEN', 'JUDGING'] : [];
    expect(data.awardEdition.phaseHistory.map((c: { toPhase: string }) => c.toPhase)).toEqual(phases);
    expect(data._entities[0].phaseHistory.map((c: { toPhase: string }) => c.toPhase)).toEqual(phases);
  });

  it.each(matrix(NETWORK))('$caller: sees who made each move = $expected', async ({ viewer, expected }) => {
    const r = [{ __typename: 'AwardEdition', id: moved.id }];
    const data = await awards.ok(HISTORY, { id: moved.id, r }, viewer);
    const names = expected ? ['B.E.S.T. platform', 'B.E.S.T. platform'] : [null, null];
    expect(data.awardEdition.phaseHistory.map((c: { changedBy: string | null }) => c.changedBy)).toEqual(names);
    expect(data._entities[0].phaseHistory.map((c: { changedBy: string | null }) => c.changedBy)).toEqual(names);
  });
});
