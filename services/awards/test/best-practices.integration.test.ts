import { randomUUID } from 'node:crypto';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { APPROVE, bestPractices, REVISE, texts } from './best-practice-builders';

let awards: TestSubgraph;
const admin = viewers.admin();
const member = viewers.member(randomUUID(), 'IT');
const anonymous = viewers.anonymous();

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const READ = `query($id: ID!, $r: [_Any!]!) {
  bestPractice(id: $id) { id approvedBy }
  _entities(representations: $r) { ... on Initiative { bestPractice { id } } ... on BestPractice { id } }
}`;

describe('approveBestPractice', () => {
  it('approves the winner of an announced edition with its texts, themes and who approved it', async () => {
    const { edition, winner } = await bestPractices(awards).decided();
    const input = { nominationId: winner.id, ...texts(['sport', 'women-only']) };
    const { bestPractice } = (await awards.ok(APPROVE, { input }, admin)).approveBestPractice;
    expect(bestPractice).toMatchObject({
      countryCode: 'IT',
      ...texts(['sport', 'women-only']),
      approvedBy: 'Test Admin',
      version: 1,
      nomination: { id: winner.id, status: 'WINNER' },
      edition: { id: edition.id },
      initiative: { id: winner.initiativeId },
    });
  });

  it('approves the winner of a decided edition too', async () => {
    const { winner } = await bestPractices(awards).decided(AwardEditionPhase.DECIDED);
    const { body } = await awards.gql(APPROVE, { input: { nominationId: winner.id, ...texts() } }, admin);
    expect(body.errors).toBeUndefined();
  });

  it('refuses a finalist, and a winner of an edition still judging, naming the nomination', async () => {
    const { finalist } = await bestPractices(awards).decided();
    const refused = await awards.gql(APPROVE, { input: { nominationId: finalist.id, ...texts() } }, admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemFields(refused)).toEqual(['nominationId']);

    const { winner } = await bestPractices(awards).decided(AwardEditionPhase.JUDGING);
    const early = await awards.gql(APPROVE, { input: { nominationId: winner.id, ...texts() } }, admin);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(
      await awards.dataSource.query('SELECT id FROM best_practice WHERE nomination_id = ANY($1)', [
        [finalist.id, winner.id],
      ]),
    ).toEqual([]);
  });

  it('refuses a second best practice for the same nomination with CONFLICT', async () => {
    const { winner } = await bestPractices(awards).decided();
    const input = { nominationId: winner.id, ...texts() };
    await awards.ok(APPROVE, { input }, admin);
    expect(codeOf(await awards.gql(APPROVE, { input }, admin))).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for an unknown nomination and BAD_USER_INPUT for bad texts or themes', async () => {
    const unknown = await awards.gql(APPROVE, { input: { nominationId: randomUUID(), ...texts() } }, admin);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const { winner } = await bestPractices(awards).decided();
    const badThemes = await awards.gql(
      APPROVE,
      { input: { nominationId: winner.id, ...texts(['sport', 'sport']) } },
      admin,
    );
    expect(codeOf(badThemes)).toBe('BAD_USER_INPUT');
    expect(problemFields(badThemes)).toEqual(['themes.1']);
    const malformed = await awards.gql(
      APPROVE,
      { input: { nominationId: winner.id, ...texts(['Language Café']), whatWorks: '  ' } },
      admin,
    );
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });
});

describe('reviseBestPractice', () => {
  it('changes only the fields given and moves the version on', async () => {
    const approved = await bestPractices(awards).approved();
    const input = { bestPracticeId: approved.id, expectedVersion: 1, lessons: 'Book the pool a year ahead.' };
    const { bestPractice } = (await awards.ok(REVISE, { input }, admin)).reviseBestPractice;
    expect(bestPractice).toMatchObject({
      whatWorks: approved.whatWorks,
      lessons: 'Book the pool a year ahead.',
      themes: ['sport'],
      version: 2,
    });
  });

  it('refuses a stale expectedVersion with CONFLICT and leaves the texts alone', async () => {
    const approved = await bestPractices(awards).approved();
    await awards.ok(
      REVISE,
      { input: { bestPracticeId: approved.id, expectedVersion: 1, themes: ['swimming'] } },
      admin,
    );
    const stale = await awards.gql(
      REVISE,
      { input: { bestPracticeId: approved.id, expectedVersion: 1, lessons: 'Lost update.' } },
      admin,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const [row] = await awards.dataSource.query('SELECT lessons, themes FROM best_practice WHERE id = $1', [
      approved.id,
    ]);
    expect(row).toEqual({ lessons: approved.lessons, themes: ['swimming'] });
  });
});

describe('reading best practices', () => {
  it('shows a best practice of an announced edition to everyone, who approved it to the network only', async () => {
    const approved = await bestPractices(awards).approved();
    const r = [
      { __typename: 'Initiative', id: approved.initiativeId },
      { __typename: 'BestPractice', id: approved.id },
    ];
    const publicly = await awards.ok(READ, { id: approved.id, r }, anonymous);
    expect(publicly).toEqual({
      bestPractice: { id: approved.id, approvedBy: null },
      _entities: [{ bestPractice: { id: approved.id } }, { id: approved.id }],
    });
    expect((await awards.ok(READ, { id: approved.id, r }, member)).bestPractice.approvedBy).toBe('B.E.S.T. platform');
  });

  it('keeps a best practice of a decided, unannounced edition from the public, who would learn the winner', async () => {
    const approved = await bestPractices(awards).approved({ phase: AwardEditionPhase.DECIDED });
    const r = [
      { __typename: 'Initiative', id: approved.initiativeId },
      { __typename: 'BestPractice', id: approved.id },
    ];
    expect(await awards.ok(READ, { id: approved.id, r }, anonymous)).toEqual({
      bestPractice: null,
      _entities: [{ bestPractice: null }, null],
    });
    expect((await awards.ok(READ, { id: approved.id, r }, member)).bestPractice.id).toBe(approved.id);
  });

  it('lists by country and by theme, newest approval first, page by page', async () => {
    const given = bestPractices(awards);
    const country = 'MT';
    const first = await given.approved({ countryCode: country, themes: ['sport', 'cooking'] });
    const second = await given.approved({ countryCode: country, themes: ['cooking'] });
    const third = await given.approved({ countryCode: country, themes: ['language-cafe'] });
    const LIST = `query($country: String, $theme: String, $first: Int, $after: String) {
      bestPractices(countryCode: $country, theme: $theme, first: $first, after: $after) {
        totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const ids = (data: any) => data.bestPractices.nodes.map((n: { id: string }) => n.id);
    const all = await awards.ok(LIST, { country }, anonymous);
    expect(ids(all)).toEqual([third.id, second.id, first.id]);
    expect(ids(await awards.ok(LIST, { country, theme: 'cooking' }, anonymous))).toEqual([second.id, first.id]);
    const page = await awards.ok(LIST, { country, first: 2 }, anonymous);
    expect(page.bestPractices).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await awards.ok(LIST, { country, first: 2, after: page.bestPractices.pageInfo.endCursor }, anonymous);
    expect(ids(next)).toEqual([first.id]);
    expect(codeOf(await awards.gql(LIST, { theme: 'Not A Theme' }, anonymous))).toBe('BAD_USER_INPUT');
  });

  it('reads Initiative.bestPractice for a page of initiatives in one SQL statement', async () => {
    const given = bestPractices(awards);
    const approved = [await given.approved(), await given.approved(), await given.approved()];
    const r = [
      ...approved.map((b) => ({ __typename: 'Initiative', id: b.initiativeId })),
      {
        __typename: 'Initiative',
        id: randomUUID(),
      },
    ];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { bestPractice { id } } } }`;
    let data: any;
    const selects = await awards.selectsDuring(async () => {
      data = await awards.ok(query, { r }, anonymous);
    });
    expect(data._entities).toEqual([...approved.map((b) => ({ bestPractice: { id: b.id } })), { bestPractice: null }]);
    expect(selects).toHaveLength(1);
  });
});
