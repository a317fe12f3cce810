import { randomUUID } from 'node:crypto';
import { type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { seed } from './seed';

let awards: TestSubgraph;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const admin = viewers.admin();
const ASSIGN = `mutation($input: AssignJurorInput!) {
  assignJuror(input: $input) { juryMember { id jurorAccountId displayName assignedAt assignedBy }
    edition { id viewerIsJuror jury { jurorAccountId } } } }`;
const REMOVE = `mutation($input: RemoveJurorInput!) {
  removeJuror(input: $input) { jurorAccountId edition { id jury { jurorAccountId } } } }`;

const NOMINATIONS = `query($id: ID!, $edition: ID!, $r: [_Any!]!) {
  nomination(id: $id) { id nominatedBy }
  awardEdition(id: $edition) { nominations(first: 100) { nodes { id } } }
  _entities(representations: $r) { ... on Initiative { nominations { id } } ... on Nomination { id } }
}`;

/** Which of the four read paths show the nomination to `viewer`, and whether its nominator is shown. */
async function reads(nomination: { id: string; editionId: string; initiativeId: string }, viewer: Viewer) {
  const r = [
    { __typename: 'Initiative', id: nomination.initiativeId },
    { __typename: 'Nomination', id: nomination.id },
  ];
  const variables = { id: nomination.id, edition: nomination.editionId, r };
  const data = expectNoGraphQLErrors((await awards.gql(NOMINATIONS, variables, viewer)).body, NOMINATIONS);
  const has = (list: { id: string }[]) => list.some((n) => n.id === nomination.id);
  return {
    paths: [
      data.nomination?.id === nomination.id,
      has(data.awardEdition.nominations.nodes),
      has(data._entities[0].nominations),
      data._entities[1]?.id === nomination.id,
    ],
    nominatorShown: Boolean(data.nomination?.nominatedBy),
  };
}

describe('jury assignment', () => {
  it('a juror reads every nomination of the edition they judge, and none of an edition they do not judge', async () => {
    const given = seed(awards);
    const judged = await given.editionWithNominations(AwardEditionPhase.JUDGING, [NominationStatus.SHORTLISTED]);
    const other = await given.editionWithNominations(AwardEditionPhase.JUDGING, [NominationStatus.SHORTLISTED]);
    const juror = viewers.juror(randomUUID());
    await given.juror(judged.edition, juror.id!);

    expect(await reads(judged.nominations[0], juror)).toEqual({
      paths: [true, true, true, true],
      nominatorShown: true,
    });
    expect(await reads(other.nominations[0], juror)).toEqual({
      paths: [false, false, false, false],
      nominatorShown: false,
    });
  });

  it('a juror outside the jury reads announced winners as the public does, without the nominator', async () => {
    const given = seed(awards);
    const announced = await given.editionWithNominations(AwardEditionPhase.ANNOUNCED, [
      NominationStatus.WINNER,
      NominationStatus.NOT_SELECTED,
    ]);
    const outsider = viewers.juror(randomUUID());
    expect(await reads(announced.nominations[0], outsider)).toEqual({
      paths: [true, true, true, true],
      nominatorShown: false,
    });
    expect((await reads(announced.nominations[1], outsider)).paths).toEqual([false, false, false, false]);

    await given.juror(announced.edition, outsider.id!);
    expect(await reads(announced.nominations[1], outsider)).toEqual({
      paths: [true, true, true, true],
      nominatorShown: true,
    });
  });

  it('a juror gains access when assigned and loses it when removed', async () => {
    const given = seed(awards);
    const { edition, nominations } = await given.editionWithNominations(AwardEditionPhase.JUDGING, [
      NominationStatus.ELIGIBLE,
    ]);
    const juror = viewers.juror(randomUUID());
    expect((await reads(nominations[0], juror)).paths).toEqual([false, false, false, false]);

    const input = { editionId: edition.id, jurorAccountId: juror.id, displayName: 'Ana Borg' };
    expectNoGraphQLErrors((await awards.gql(ASSIGN, { input }, admin)).body, ASSIGN);
    expect((await reads(nominations[0], juror)).paths).toEqual([true, true, true, true]);

    const removal = { editionId: edition.id, jurorAccountId: juror.id };
    expectNoGraphQLErrors((await awards.gql(REMOVE, { input: removal }, admin)).body, REMOVE);
    expect((await reads(nominations[0], juror)).paths).toEqual([false, false, false, false]);
  });

  it('being on a jury gives other roles nothing less: a viewer on a jury still reads every nomination', async () => {
    const given = seed(awards);
    const judged = await given.editionWithNominations(AwardEditionPhase.JUDGING, [NominationStatus.SHORTLISTED]);
    const other = await given.editionWithNominations(AwardEditionPhase.JUDGING, [NominationStatus.SHORTLISTED]);
    const viewer = viewers.viewer();
    await given.juror(judged.edition, viewer.id!);
    expect((await reads(other.nominations[0], viewer)).paths).toEqual([true, true, true, true]);
  });

  it('assignJuror answers the new jury member with who assigned them, and the edition’s jury includes them', async () => {
    const edition = await seed(awards).edition({ countryCode: 'MT' });
    const jurorAccountId = randomUUID();
    const input = { editionId: edition.id, jurorAccountId, displayName: '  Ana Borg  ' };
    const coordinator = viewers.coordinator('MT');
    const data = expectNoGraphQLErrors((await awards.gql(ASSIGN, { input }, coordinator)).body, ASSIGN);
    expect(data.assignJuror.juryMember).toMatchObject({
      jurorAccountId,
      displayName: 'Ana Borg',
      assignedBy: coordinator.displayName,
    });
    expect(Date.now() - Date.parse(data.assignJuror.juryMember.assignedAt)).toBeLessThan(60_000);
    expect(data.assignJuror.edition).toEqual({ id: edition.id, viewerIsJuror: false, jury: [{ jurorAccountId }] });
  });

  it('viewerIsJuror is true for the assigned juror in the assignJuror payload when they are the caller', async () => {
    // An admin may sit on a jury too; the payload reflects the change made in the same request.
    const edition = await seed(awards).edition();
    const input = { editionId: edition.id, jurorAccountId: admin.id, displayName: 'Admin as juror' };
    const data = expectNoGraphQLErrors((await awards.gql(ASSIGN, { input }, admin)).body, ASSIGN);
    expect(data.assignJuror.edition.viewerIsJuror).toBe(true);
  });

  it('removing one juror leaves the rest of the jury, in the order they were assigned', async () => {
    const given = seed(awards);
    const edition = await given.edition();
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [first, second, third]) await given.juror(edition, id);
    const data = expectNoGraphQLErrors(
      (await awards.gql(REMOVE, { input: { editionId: edition.id, jurorAccountId: second } }, admin)).body,
      REMOVE,
    );
    expect(data.removeJuror).toEqual({
      jurorAccountId: second,
      edition: { id: edition.id, jury: [{ jurorAccountId: first }, { jurorAccountId: third }] },
    });
  });

  it('the same account on the same jury twice is a CONFLICT; on another edition’s jury it is fine', async () => {
    const given = seed(awards);
    const [edition, other] = [await given.edition(), await given.edition()];
    const jurorAccountId = randomUUID();
    await given.juror(edition, jurorAccountId);
    const again = await awards.gql(
      ASSIGN,
      { input: { editionId: edition.id, jurorAccountId, displayName: 'X' } },
      admin,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/already on the jury/);
    const elsewhere = await awards.gql(
      ASSIGN,
      { input: { editionId: other.id, jurorAccountId, displayName: 'X' } },
      admin,
    );
    expect(elsewhere.body.errors).toBeUndefined();
  });

  it('three simultaneous assignments of the same juror: one succeeds, the others are a CONFLICT', async () => {
    const edition = await seed(awards).edition();
    const input = { editionId: edition.id, jurorAccountId: randomUUID(), displayName: 'Racing Juror' };
    const results = await Promise.all([1, 2, 3].map(() => awards.gql(ASSIGN, { input }, admin)));
    const codes = results.map((r) => codeOf(r) ?? 'DONE').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'DONE']);
    const rows = await awards.dataSource.query('SELECT 1 FROM jury_member WHERE juror_account_id = $1', [
      input.jurorAccountId,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('an unknown edition is NOT_FOUND for assignJuror and removeJuror; so is removing someone not on the jury', async () => {
    const unknown = randomUUID();
    const assign = await awards.gql(
      ASSIGN,
      { input: { editionId: unknown, jurorAccountId: randomUUID(), displayName: 'Nobody' } },
      admin,
    );
    expect(codeOf(assign)).toBe('NOT_FOUND');
    const remove = await awards.gql(REMOVE, { input: { editionId: unknown, jurorAccountId: randomUUID() } }, admin);
    expect(codeOf(remove)).toBe('NOT_FOUND');
    const edition = await seed(awards).edition();
    const absent = await awards.gql(REMOVE, { input: { editionId: edition.id, jurorAccountId: randomUUID() } }, admin);
    expect(codeOf(absent)).toBe('NOT_FOUND');
    expect(absent.body.errors?.[0].message).toMatch(/is not on the jury/);
  });

  it.each([
    ['a malformed edition id', { editionId: 'malta-2017' }, 'editionId'],
    ['a malformed account id', { jurorAccountId: "'; DROP TABLE jury_member; --" }, 'jurorAccountId'],
    ['a blank name', { displayName: '   ' }, 'displayName'],
    ['a name of 201 characters', { displayName: 'a'.repeat(201) }, 'displayName'],
    ['a name with a NUL byte', { displayName: 'Ana\u0000Borg' }, 'displayName'],
  ])('assignJuror refuses %s with BAD_USER_INPUT naming the field', async (_, change, field) => {
    const edition = await seed(awards).edition();
    const input = { editionId: edition.id, jurorAccountId: randomUUID(), displayName: 'Ana Borg', ...change };
    const { status, body } = await awards.gql(ASSIGN, { input }, admin);
    expect(status).toBeLessThan(500);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors?.[0])).toContain(field);
    expect(await awards.dataSource.query('SELECT 1 FROM jury_member WHERE edition_id = $1', [edition.id])).toEqual([]);
  });

  it('removeJuror refuses a malformed account id with BAD_USER_INPUT', async () => {
    const edition = await seed(awards).edition();
    const { body } = await awards.gql(REMOVE, { input: { editionId: edition.id, jurorAccountId: 'x' } }, admin);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('reads the juries and viewerIsJuror of 1 and of 30 editions in one SQL statement each', async () => {
    const given = seed(awards);
    const juror = viewers.juror(randomUUID());
    for (let i = 0; i < 3; i++) await given.juror(await given.edition({ countryCode: 'LU' }), juror.id!);
    const count = `{ awardEditions { totalCount } }`;
    for (let n = expectNoGraphQLErrors((await awards.gql(count)).body).awardEditions.totalCount; n < 30; n++) {
      await given.edition();
    }
    const query = `query($first: Int) { awardEditions(first: $first) { nodes { id viewerIsJuror jury { id } } } }`;
    for (const first of [1, 30]) {
      for (const caller of [juror, admin]) {
        const data = expectNoGraphQLErrors((await awards.gql(query, { first }, caller)).body, query);
        expect(data.awardEditions.nodes).toHaveLength(first);
        const selects = await awards.selectsDuring(() => awards.ok(query, { first }, caller));
        const juryReads = selects.filter((s) => /jury_member/.test(s));
        expect(juryReads).toHaveLength(2);
      }
    }
  });
});
