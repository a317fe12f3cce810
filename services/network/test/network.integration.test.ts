import { demoNetwork } from '@best/demo';
import {
  expectNoGraphQLErrors,
  headersFor,
  postGraphQL,
  startSubgraph,
  type TestSubgraph,
  viewers,
} from '@best/kit/testing';
import { seedNetworkDemo } from '../src/seed/demo-seed';
import { networkSubgraph } from '../src/subgraph';

let network: TestSubgraph;

beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, { demo: true });
});

afterAll(async () => {
  await network?.stop();
});

const gql = (query: string, variables: Record<string, unknown> = {}) => network.gql(query, variables);

describe('network subgraph on PostgreSQL', () => {
  it('loads the demo network: 9 countries, 40 organisations, 80 initiatives', async () => {
    const query =
      '{ countries { code name partnerOrganization { kind } } organizations(first: 1) { totalCount } initiatives(first: 1) { totalCount } }';
    const data = expectNoGraphQLErrors((await gql(query)).body, query);
    expect(data.countries).toHaveLength(9);
    expect(data.countries.every((c: any) => c.partnerOrganization.kind === 'JRS_OFFICE')).toBe(true);
    expect(data.organizations.totalCount).toBe(40);
    expect(data.initiatives.totalCount).toBe(80);
  });

  it('seeds one proposal per country, waiting for review and hidden from the public', async () => {
    const query =
      '{ initiativeProposals(first: 20) { totalCount nodes { language country { code } initiative { listing } } } }';
    const admin = expectNoGraphQLErrors((await network.gql(query, {}, viewers.admin())).body, query);
    expect(admin.initiativeProposals.totalCount).toBe(9);
    expect(new Set(admin.initiativeProposals.nodes.map((n: any) => n.country.code)).size).toBe(9);
    expect(admin.initiativeProposals.nodes.every((n: any) => n.initiative.listing === 'PROPOSED')).toBe(true);
    expect(expectNoGraphQLErrors((await gql(query)).body, query).initiativeProposals.totalCount).toBe(0);
  });

  it('seeding twice leaves the demo data as it was', async () => {
    await seedNetworkDemo(network.dataSource);
    const { body } = await gql('{ initiatives { totalCount } }');
    expect(body.data?.initiatives.totalCount).toBe(80);
  });

  it('pages through initiatives with cursors, without gaps or repeats', async () => {
    const query = `query Page($after: String) { initiatives(first: 30, after: $after) {
      edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = expectNoGraphQLErrors((await gql(query, { after })).body, query);
      seen.push(...data.initiatives.edges.map((e: any) => e.node.id));
      if (!data.initiatives.pageInfo.hasNextPage) break;
      after = data.initiatives.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(80);
    expect(new Set(seen).size).toBe(80);
  });

  it('pages backwards with last/before to the same items', async () => {
    const forward = expectNoGraphQLErrors(
      (await gql('{ initiatives(first: 10) { nodes { id } pageInfo { endCursor } } }')).body,
    );
    const second = expectNoGraphQLErrors(
      (
        await gql('query($a: String) { initiatives(first: 10, after: $a) { pageInfo { startCursor } } }', {
          a: forward.initiatives.pageInfo.endCursor,
        })
      ).body,
    );
    const back = expectNoGraphQLErrors(
      (
        await gql(
          'query($b: String) { initiatives(last: 10, before: $b) { nodes { id } pageInfo { hasPreviousPage } } }',
          { b: second.initiatives.pageInfo.startCursor },
        )
      ).body,
    );
    expect(back.initiatives.nodes).toEqual(forward.initiatives.nodes);
    expect(back.initiatives.pageInfo.hasPreviousPage).toBe(false);
  });

  it('filters initiatives by country, target group and activity', async () => {
    const demo = demoNetwork();
    const expected = demo.initiatives.filter((i) => i.countryCode === 'MT').length;
    const { body } = await gql(
      '{ initiatives(countryCode: "MT", first: 100) { totalCount nodes { country { code } } } }',
    );
    const data = expectNoGraphQLErrors(body);
    expect(data.initiatives.totalCount).toBe(expected);
    expect(data.initiatives.nodes.every((n: any) => n.country.code === 'MT')).toBe(true);

    const families = demo.initiatives.filter(
      (i) => i.targetGroups.includes('FAMILIES') && i.activities.includes('SPORTS'),
    ).length;
    const filtered = expectNoGraphQLErrors(
      (await gql('{ initiatives(targetGroup: FAMILIES, activity: SPORTS) { totalCount } }')).body,
    );
    expect(filtered.initiatives.totalCount).toBe(families);
  });

  it('refuses a page larger than 100 with BAD_USER_INPUT and says why', async () => {
    const { status, body } = await gql('{ initiatives(first: 1000) { totalCount } }');
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/first/);
  });

  it('refuses a forged cursor with BAD_USER_INPUT, not a server error', async () => {
    const { body } = await gql('{ initiatives(after: "not-a-cursor") { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a well-formed cursor carrying a forged id with BAD_USER_INPUT, not a server error', async () => {
    const forged = Buffer.from(JSON.stringify(['Associazione', 'not-a-uuid'])).toString('base64url');
    const { body } = await gql('query($a: String) { organizations(after: $a) { totalCount } }', { a: forged });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows an organisation with its membership history in order to the network', async () => {
    const org = demoNetwork().organizations.find((o) => o.history.length >= 3)!;
    const query =
      'query($id: ID!) { organization(id: $id) { name membershipStage membershipHistory { fromStage toStage changedBy } } }';
    const data = expectNoGraphQLErrors((await network.gql(query, { id: org.id }, viewers.viewer())).body, query);
    expect(data.organization.name).toBe(org.name);
    expect(data.organization.membershipHistory.map((h: any) => h.toStage)).toEqual(org.history.map((h) => h.to));
    expect(data.organization.membershipHistory.at(-1).toStage).toBe(org.membershipStage);
  });

  it('shows the public neither private contact details nor the membership history', async () => {
    const query =
      '{ organizations(first: 5) { nodes { contactName contactEmail contactPhone membershipHistory { toStage } } } }';
    const data = expectNoGraphQLErrors((await gql(query)).body, query);
    expect(data.organizations.nodes).toHaveLength(5);
    for (const node of data.organizations.nodes) {
      expect(node).toEqual({ contactName: null, contactEmail: null, contactPhone: null, membershipHistory: null });
    }
  });

  it.each([
    ['Initiative', 'id', (n: ReturnType<typeof demoNetwork>) => n.initiatives.map((i) => i.id)],
    ['Organization', 'id', (n: ReturnType<typeof demoNetwork>) => n.organizations.map((o) => o.id)],
    ['Country', 'code', (n: ReturnType<typeof demoNetwork>) => n.countries.map((c) => c.code)],
  ] as const)(
    'resolves %s references through _entities in one SQL statement for 1 and for 50 keys',
    async (typename, key, keysOf) => {
      const all = keysOf(demoNetwork());
      for (const count of [1, Math.min(50, all.length)]) {
        const representations = all.slice(0, count).map((value) => ({ __typename: typename, [key]: value }));
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${key} } } }`;
        let data: any;
        const selects = await network.selectsDuring(async () => {
          data = expectNoGraphQLErrors((await gql(query, { r: representations })).body, query);
        });
        expect(data._entities.map((e: any) => e[key])).toEqual(representations.map((r) => r[key]));
        expect(selects).toHaveLength(1);
      }
    },
  );

  it('a malformed or unknown id finds nothing instead of failing', async () => {
    const query =
      '{ a: initiative(id: "not-a-uuid") { id } b: organization(id: "00000000-0000-4000-8000-000000000000") { id } c: country(code: "ZZ") { code } }';
    expect(expectNoGraphQLErrors((await gql(query)).body, query)).toEqual({ a: null, b: null, c: null });
  });

  it('refuses a request that did not come through the gateway, with UNAUTHENTICATED', async () => {
    const { status, body } = await postGraphQL(
      network.url,
      '{ countries { code } }',
      {},
      { 'apollo-require-preflight': 'true' },
    );
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses a captured gateway signature when it is replayed', async () => {
    const headers = headersFor();
    expect((await postGraphQL(network.url, '{ countries { code } }', {}, headers)).status).toBe(200);
    expect((await postGraphQL(network.url, '{ countries { code } }', {}, headers)).status).toBe(401);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${network.base}/health`)).status).toBe(200);
    expect(await (await fetch(`${network.base}/ready`)).json()).toMatchObject({ status: 'ready' });
  });
});
