import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { randomUUID } from 'node:crypto';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { seed } from './seed';
import { checks, nominations, SCREEN, WITHDRAW } from './nomination-helpers';

let awards: TestSubgraph;
let helpers: ReturnType<typeof nominations>;
let edition: AwardEdition;

const ORGANISATION = '0d000000-0000-4000-8000-00000000f601';
const nominator = viewers.member(ORGANISATION, 'PT');
/** Another person of the nominator's organisation. */
const colleague = { ...viewers.member(ORGANISATION, 'PT'), id: '0d000000-0000-4000-8000-00000000f602' };
const JUROR = '0d000000-0000-4000-8000-00000000f603';
const juror = viewers.juror(JUROR);

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  helpers = nominations(awards);
  edition = await helpers.openEdition('PT');
  await seed(awards).juror(edition, JUROR);
});

afterAll(async () => {
  await awards?.stop();
});

const withdraw = (input: Record<string, unknown>, caller = nominator) => awards.gql(WITHDRAW, { input }, caller);
const REASON = 'The initiative asked us to wait for next year.';

describe('withdrawNomination', () => {
  it('the nominator withdraws while nominations are open: WITHDRAWN, with when and why', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const data = await awards.ok(
      WITHDRAW,
      { input: { id, expectedVersion: version, reason: ` ${REASON} ` } },
      nominator,
    );
    expect(data.withdrawNomination.nomination).toMatchObject({
      status: 'WITHDRAWN',
      eligibility: 'UNCHECKED',
      withdrawnAt: expect.any(String),
      withdrawalReason: REASON,
      version: version + 1,
    });
  });

  it('a screened nomination keeps its screening when withdrawn', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const screened = await awards.ok(
      SCREEN,
      { input: { id, expectedVersion: version, checks: checks() } },
      viewers.coordinator('PT'),
    );
    const data = await awards.ok(
      WITHDRAW,
      { input: { id, expectedVersion: screened.screenNomination.nomination.version, reason: REASON } },
      nominator,
    );
    expect(data.withdrawNomination.nomination).toMatchObject({ status: 'WITHDRAWN', eligibility: 'ELIGIBLE' });
    expect(data.withdrawNomination.nomination.eligibilityChecks).toHaveLength(3);
  });

  it('a colleague of the nominator’s organisation may withdraw it too', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const data = await awards.ok(WITHDRAW, { input: { id, expectedVersion: version, reason: REASON } }, colleague);
    expect(data.withdrawNomination.nomination.status).toBe('WITHDRAWN');
  });

  it('the nominator who has since left the organisation no longer withdraws its nomination (FORBIDDEN)', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const moved = { ...nominator, organizationId: '0d000000-0000-4000-8000-00000000f699' };
    const result = await withdraw({ id, expectedVersion: version, reason: REASON }, moved);
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await helpers.stored(id)).toMatchObject({ status: 'SUBMITTED' });
  });

  it('hides a withdrawn nomination from the edition’s list and the initiative’s nominations unless asked for', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const [{ initiative_id: initiativeId }] = await awards.dataSource.query(
      'SELECT initiative_id FROM nomination WHERE id = $1',
      [id],
    );
    await awards.ok(WITHDRAW, { input: { id, expectedVersion: version, reason: REASON } }, nominator);
    const query = `query($edition: ID!, $r: [_Any!]!) {
      all: awardEdition(id: $edition) { nominations(first: 100) { nodes { id } } }
      withdrawn: awardEdition(id: $edition) { nominations(first: 100, status: WITHDRAWN) { nodes { id } } }
      _entities(representations: $r) { ... on Initiative { nominations { id } } }
      nomination(id: "${id}") { id status } }`;
    const data = await awards.ok(
      query,
      { edition: edition.id, r: [{ __typename: 'Initiative', id: initiativeId }] },
      viewers.coordinator('PT'),
    );
    expect(data.all.nominations.nodes).not.toContainEqual({ id });
    expect(data.withdrawn.nominations.nodes).toContainEqual({ id });
    expect(data._entities[0].nominations).toEqual([]);
    expect(data.nomination).toEqual({ id, status: 'WITHDRAWN' });
  });

  it('hides a withdrawn nomination from the edition’s jurors, who read it before', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const query = `query($id: ID!, $edition: ID!) { nomination(id: $id) { id }
      awardEdition(id: $edition) { all: nominations(first: 100) { nodes { id } }
        withdrawn: nominations(first: 100, status: WITHDRAWN) { nodes { id } } } }`;
    const before = await awards.ok(query, { id, edition: edition.id }, juror);
    expect(before.nomination).toEqual({ id });
    await awards.ok(WITHDRAW, { input: { id, expectedVersion: version, reason: REASON } }, nominator);
    const after = await awards.ok(query, { id, edition: edition.id }, juror);
    expect(after.nomination).toBeNull();
    expect(after.awardEdition.all.nodes).not.toContainEqual({ id });
    expect(after.awardEdition.withdrawn.nodes).toEqual([]);
  });

  it('refuses to withdraw once judging has started with CONFLICT', async () => {
    const judged = await helpers.openEdition('PT');
    const { id, version } = await helpers.nominate(judged, nominator);
    await helpers.moveTo(judged, AwardEditionPhase.JUDGING);
    const result = await withdraw({ id, expectedVersion: version, reason: REASON });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.body.errors?.[0].message).toMatch(/before judging/);
    expect(await helpers.stored(id)).toMatchObject({ status: 'SUBMITTED', withdrawn_at: null });
  });

  it('refuses to withdraw twice with CONFLICT', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    await awards.ok(WITHDRAW, { input: { id, expectedVersion: version, reason: REASON } }, nominator);
    const again = await withdraw({ id, expectedVersion: version + 1, reason: REASON });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/already WITHDRAWN/);
  });

  it('refuses a stale expectedVersion with CONFLICT, and stores nothing', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, viewers.coordinator('PT'));
    const result = await withdraw({ id, expectedVersion: version, reason: REASON });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await helpers.stored(id)).toMatchObject({ status: 'ELIGIBLE', withdrawn_at: null });
  });

  it.each([
    ['an empty reason', ''],
    ['a blank reason', '   '],
    ['a reason over 1000 characters', 'x'.repeat(1001)],
  ])('refuses %s with BAD_USER_INPUT on reason', async (_case, reason) => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const result = await withdraw({ id, expectedVersion: version, reason });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(problemFields(result)).toEqual(['reason']);
  });

  it('a withdrawn initiative is not nominated again for the same edition (CONFLICT): once per edition', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    await awards.ok(WITHDRAW, { input: { id, expectedVersion: version, reason: REASON } }, nominator);
    const [{ initiative_id: initiativeId }] = await awards.dataSource.query(
      'SELECT initiative_id FROM nomination WHERE id = $1',
      [id],
    );
    const again = await awards.gql(
      `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id } } }`,
      {
        input: {
          editionId: edition.id,
          initiativeId,
          statement: 'Neighbours and newcomers repair bicycles together every Saturday.',
        },
      },
      nominator,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for a nomination that does not exist', async () => {
    const result = await withdraw({ id: randomUUID(), expectedVersion: 1, reason: REASON });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});
