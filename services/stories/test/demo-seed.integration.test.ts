import { demoNetwork } from '@best/demo';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { IsNull } from 'typeorm';
import { Consent } from '../src/consents/consent.entity';
import { seedStoriesDemo } from '../src/seed/demo-seed';
import { Story } from '../src/stories/story.entity';
import { storiesSubgraph } from '../src/subgraph';

let subgraph: TestSubgraph;
const network = demoNetwork();

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph, { demo: true });
});
afterAll(() => subgraph?.stop());

/** Stories visible to the public, by the demo data alone: what the API must agree with. */
async function visibleIdsInDatabase(): Promise<string[]> {
  const rows: { id: string }[] = await subgraph.dataSource.query(`
    SELECT s.id FROM story s JOIN consent c ON c.story_id = s.id AND c.superseded_at IS NULL
    WHERE s.status = 'PUBLISHED' AND c.scope = 'PUBLIC' AND c.withdrawn_at IS NULL
      AND (c.expires_at IS NULL OR c.expires_at > now())`);
  return rows.map((r) => r.id).sort();
}

describe('the demo stories', () => {
  it('are about forty, across all nine countries, most of them published', async () => {
    const stories = await subgraph.dataSource.getRepository(Story).find();
    expect(stories.length).toBeGreaterThanOrEqual(38);
    expect(new Set(stories.map((s) => s.countryCode))).toEqual(new Set(network.countries.map((c) => c.code)));
    expect(stories.filter((s) => s.status === 'PUBLISHED').length).toBeGreaterThan(stories.length / 2);
    const initiativeIds = new Set(network.initiatives.map((i) => i.id));
    expect(stories.every((s) => s.initiativeId === null || initiativeIds.has(s.initiativeId))).toBe(true);
  });

  it('include every consent scope, withdrawn and expired consent, and minors whose guardian consented', async () => {
    const current = await subgraph.dataSource.getRepository(Consent).findBy({ supersededAt: IsNull() });
    const now = Date.now();
    expect(new Set(current.map((c) => c.scope))).toEqual(new Set(['INTERNAL', 'NETWORK', 'PUBLIC']));
    expect(current.some((c) => c.withdrawnAt)).toBe(true);
    expect(current.some((c) => c.expiresAt && c.expiresAt.getTime() < now)).toBe(true);
    const minors = current.filter((c) => c.forMinor);
    expect(minors.length).toBeGreaterThanOrEqual(2);
    expect(minors.every((c) => c.givenBy === 'GUARDIAN')).toBe(true);
  });

  it('show through the API exactly the published stories with valid public consent', async () => {
    const query = '{ stories(first: 100) { totalCount nodes { id storytellerName } } }';
    const data = expectNoGraphQLErrors((await subgraph.gql(query)).body, query);
    const expected = await visibleIdsInDatabase();
    expect(data.stories.totalCount).toBe(expected.length);
    expect(data.stories.nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected);
    expect(expected.length).toBeLessThan(await subgraph.dataSource.getRepository(Story).count());
  });

  it('show an admin every story except those whose consent was withdrawn or expired, or that are marked WITHDRAWN', async () => {
    const query = '{ stories(first: 100) { totalCount nodes { id } } }';
    const data = expectNoGraphQLErrors((await subgraph.gql(query, {}, viewers.admin())).body, query);
    const rows: { id: string }[] = await subgraph.dataSource.query(`
      SELECT s.id FROM story s JOIN consent c ON c.story_id = s.id AND c.superseded_at IS NULL
      WHERE s.status <> 'WITHDRAWN' AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())`);
    expect(data.stories.nodes.map((n: { id: string }) => n.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(rows.length).toBeGreaterThan((await visibleIdsInDatabase()).length);
  });

  it('show the network the public stories and those shared with the network, the public only the first', async () => {
    const query = '{ stories(first: 100) { nodes { id consent { scope } } } }';
    const data = expectNoGraphQLErrors((await subgraph.gql(query, {}, viewers.viewer())).body, query);
    const scopes = new Set(data.stories.nodes.map((n: { consent: { scope: string } }) => n.consent.scope));
    expect(scopes).toEqual(new Set(['PUBLIC', 'NETWORK']));
    expect(data.stories.nodes.length).toBeGreaterThan((await visibleIdsInDatabase()).length);
  });

  it('give at least eight initiatives, the first one included, a visible story', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id stories { id title } } } }`;
    const r = network.initiatives.map((i) => ({ __typename: 'Initiative', id: i.id }));
    const data = expectNoGraphQLErrors((await subgraph.gql(query, { r })).body, query);
    const withStories = data._entities.filter((e: { stories: unknown[] }) => e.stories.length > 0);
    expect(withStories.length).toBeGreaterThanOrEqual(8);
    expect(data._entities[0].id).toBe(network.initiatives[0].id);
    expect(data._entities[0].stories.length).toBeGreaterThanOrEqual(1);
  });

  it('seeding twice leaves the demo stories as they were', async () => {
    const before = await subgraph.dataSource.getRepository(Story).count();
    await seedStoriesDemo(subgraph.dataSource);
    expect(await subgraph.dataSource.getRepository(Story).count()).toBe(before);
  });
});

describe('federation', () => {
  it.each([
    [1, 'the public', viewers.anonymous()],
    [50, 'the public', viewers.anonymous()],
    [1, 'a coordinator', viewers.coordinator('IT')],
    [50, 'a member', viewers.member(network.organizations[0].id, network.organizations[0].countryCode)],
  ])('resolves Initiative.stories for %i initiatives in one SQL statement, for %s', async (count, _, caller) => {
    const r = network.initiatives.slice(0, count).map((i) => ({ __typename: 'Initiative', id: i.id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id stories { id title } } } }`;
    let data: any;
    const selects = await subgraph.selectsDuring(async () => {
      data = expectNoGraphQLErrors((await subgraph.gql(query, { r }, caller)).body, query);
    });
    expect(data._entities.map((e: { id: string }) => e.id)).toEqual(r.map((x) => x.id));
    expect(selects).toHaveLength(1);
  });

  it('adds one statement, not one per story, when Initiative.stories asks for consent, its evidence and storyteller name', async () => {
    const r = network.initiatives.slice(0, 50).map((i) => ({ __typename: 'Initiative', id: i.id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative {
      stories { id storytellerName consent { scope channels evidenceReference recordedBy } } } } }`;
    let data: any;
    const selects = await subgraph.selectsDuring(async () => {
      data = expectNoGraphQLErrors((await subgraph.gql(query, { r }, viewers.admin())).body, query);
    });
    const consents = data._entities.flatMap((e: { stories: { consent: any }[] }) => e.stories.map((s) => s.consent));
    expect(consents.length).toBeGreaterThan(8);
    expect(consents.every((c: { evidenceReference: string | null }) => c.evidenceReference)).toBe(true);
    expect(selects).toHaveLength(2);
  });

  it.each([1, 40])('resolves %i Story references in one SQL statement, hidden ones as null', async (count) => {
    const all = await subgraph.dataSource.getRepository(Story).find({ order: { id: 'ASC' } });
    const keys = all.slice(0, count).map((s) => s.id);
    const visible = new Set(await visibleIdsInDatabase());
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Story { id } } }`;
    let data: any;
    const selects = await subgraph.selectsDuring(async () => {
      data = expectNoGraphQLErrors(
        (await subgraph.gql(query, { r: keys.map((id) => ({ __typename: 'Story', id })) })).body,
        query,
      );
    });
    expect(data._entities.map((e: { id: string } | null) => e?.id ?? null)).toEqual(
      keys.map((id) => (visible.has(id) ? id : null)),
    );
    expect(selects).toHaveLength(1);
  });

  it('answers health and readiness', async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toMatchObject({ status: 'ready' });
  });
});
