import { codeOf, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { ASSIGNED_JUROR, CALLERS, matrix, NOMINATION_READERS, type CallerKey } from './callers';
import { checks, nominations, SCREEN, SHORTLIST, WITHDRAW } from './nomination-helpers';
import { seed } from './seed';

/**
 * docs/access-rules.md, nominations: who screens and shortlists a nomination of an edition of Italy,
 * who withdraws it, who reads its checks rule by rule, and who still reads it once withdrawn. Each
 * rule both ways, with what the database holds afterwards.
 */
let awards: TestSubgraph;
let helpers: ReturnType<typeof nominations>;
let open: AwardEdition;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  helpers = nominations(awards);
  open = await helpers.openEdition('IT');
  await seed(awards).juror(open, ASSIGNED_JUROR);
});

afterAll(async () => {
  await awards?.stop();
});

type Outcome = 'DONE' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const REFUSED: Record<CallerKey, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  admin: 'FORBIDDEN',
  coordinator: 'FORBIDDEN',
  otherCoordinator: 'FORBIDDEN',
  member: 'FORBIDDEN',
  otherMember: 'FORBIDDEN',
  juror: 'FORBIDDEN',
  assignedJuror: 'FORBIDDEN',
  viewer: 'FORBIDDEN',
  readToken: 'FORBIDDEN',
  writeToken: 'FORBIDDEN',
};
/** Admins and the coordinator of Italy; tokens act as members, so even a WRITE token is refused. */
const SCREENERS: Record<CallerKey, Outcome> = { ...REFUSED, admin: 'DONE', coordinator: 'DONE' };
/** The nomination is the Italian member's: they and whoever writes for their organisation (its WRITE token). */
const WITHDRAWERS: Record<CallerKey, Outcome> = { ...REFUSED, member: 'DONE', writeToken: 'DONE' };

const expectOutcome = (result: Awaited<ReturnType<TestSubgraph['gql']>>, expected: Outcome) => {
  if (expected === 'DONE') expect(result.body.errors).toBeUndefined();
  else expect(codeOf(result)).toBe(expected);
};

describe('screenNomination of a nomination for Italy', () => {
  it.each(matrix(SCREENERS))('$caller: $expected', async ({ viewer, expected }) => {
    const { id, version } = await helpers.nominate(open, CALLERS.member);
    const result = await awards.gql(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, viewer);
    expectOutcome(result, expected);
    expect(await helpers.stored(id)).toMatchObject({ status: expected === 'DONE' ? 'ELIGIBLE' : 'SUBMITTED' });
  });
});

describe('shortlistNomination of a nomination for Italy', () => {
  it.each(matrix(SCREENERS))('$caller: $expected', async ({ viewer, expected }) => {
    const { id, version } = await helpers.nominate(open, CALLERS.member);
    await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, CALLERS.coordinator);
    const input = { id, expectedVersion: version + 1, shortlisted: true };
    expectOutcome(await awards.gql(SHORTLIST, { input }, viewer), expected);
    expect(await helpers.stored(id)).toMatchObject({ status: expected === 'DONE' ? 'SHORTLISTED' : 'ELIGIBLE' });
  });
});

describe('withdrawNomination of a nomination an Italian member submitted', () => {
  it.each(matrix(WITHDRAWERS))('$caller: $expected', async ({ viewer, expected }) => {
    const { id, version } = await helpers.nominate(open, CALLERS.member);
    const input = { id, expectedVersion: version, reason: 'The initiative paused its activities.' };
    expectOutcome(await awards.gql(WITHDRAW, { input }, viewer), expected);
    expect(await helpers.stored(id)).toMatchObject({ status: expected === 'DONE' ? 'WITHDRAWN' : 'SUBMITTED' });
  });

  it('a coordinator withdraws a nomination they submitted themselves', async () => {
    const { id, version } = await helpers.nominate(open, CALLERS.coordinator);
    const input = { id, expectedVersion: version, reason: 'Submitted for the wrong initiative.' };
    expectOutcome(await awards.gql(WITHDRAW, { input }, CALLERS.coordinator), 'DONE');
  });
});

describe('the checks of a screened nomination, rule by rule, once it won an announced edition', () => {
  let winner: string;

  beforeAll(async () => {
    const edition = await helpers.openEdition('IT');
    await seed(awards).juror(edition, ASSIGNED_JUROR);
    const { id, version } = await helpers.nominate(edition, CALLERS.member);
    await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, CALLERS.admin);
    // Deciding has no API yet: the winner is written as the decision would write it.
    await awards.dataSource.query(`UPDATE nomination SET status = 'WINNER' WHERE id = $1`, [id]);
    await helpers.moveTo(edition, AwardEditionPhase.ANNOUNCED);
    winner = id;
  });

  it.each(matrix(NOMINATION_READERS))('$caller reads them: $expected', async ({ viewer, expected }) => {
    const query = `query($id: ID!) { nomination(id: $id) { status eligibility eligibilityChecks { rule met } } }`;
    const data = await awards.ok(query, { id: winner }, viewer);
    // Everyone reads an announced winner and its eligibility; the checks are the network's and the jury's.
    expect(data.nomination).toMatchObject({ status: 'WINNER', eligibility: 'ELIGIBLE' });
    expect(data.nomination.eligibilityChecks).toEqual(
      expected ? checks().map(({ rule }) => ({ rule, met: true })) : null,
    );
  });
});

describe('a withdrawn nomination of Italy', () => {
  let withdrawn: string;

  beforeAll(async () => {
    const { id, version } = await helpers.nominate(open, CALLERS.member);
    await awards.ok(WITHDRAW, { input: { id, expectedVersion: version, reason: 'Paused.' } }, CALLERS.member);
    withdrawn = id;
  });

  it.each(matrix({ ...NOMINATION_READERS, assignedJuror: false }))(
    '$caller reads it by id: $expected',
    async ({ viewer, expected }) => {
      const data = await awards.ok(`query($id: ID!) { nomination(id: $id) { id status } }`, { id: withdrawn }, viewer);
      expect(data.nomination).toEqual(expected ? { id: withdrawn, status: 'WITHDRAWN' } : null);
    },
  );
});
