import { expectNoGraphQLErrors, headersFor, postGraphQL, viewers } from '@best/kit/testing';
import { startStack, type Stack } from '../src';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const gql = (query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(stack.gatewayUrl, query, variables, { 'apollo-require-preflight': 'true' });

const INITIATIVE_PAGE = `
  query InitiativePage($id: ID!) {
    initiative(id: $id) {
      id title city country { code name } organization { name }
      stories { id title storytellerName consent { scope } }
      nominations { id status }
      workshopOutcomes { id kind text }
    }
  }`;

describe('the gateway over real HTTP in front of the four subgraphs', () => {
  // Anonymous callers see what the public may see (docs/access-rules.md): public stories, the winners
  // and finalists of announced editions, and no workshop outcomes, which are the network's.
  it('answers the public initiative page with fields from network, awards and stories in one query, and no workshop outcomes', async () => {
    const list = expectNoGraphQLErrors((await gql('{ initiatives(first: 100) { nodes { id } } }')).body);
    const pages: any[] = [];
    for (const { id } of list.initiatives.nodes) {
      pages.push(expectNoGraphQLErrors((await gql(INITIATIVE_PAGE, { id })).body, INITIATIVE_PAGE).initiative);
    }
    const complete = pages.find((i) => i.stories.length && i.nominations.length);
    expect(complete).toBeDefined();
    expect(complete.title).toEqual(expect.any(String));
    expect(complete.country.code).toMatch(/^[A-Z]{2}$/);
    expect(complete.organization.name).toEqual(expect.any(String));
    expect(complete.stories[0].title).toEqual(expect.any(String));
    expect(complete.nominations[0].status).toMatch(/^(WINNER|FINALIST)$/);

    expect(new Set(pages.flatMap((i) => i.stories.map((s: any) => s.consent.scope)))).toEqual(new Set(['PUBLIC']));
    expect(new Set(pages.flatMap((i) => i.nominations.map((n: any) => n.status)))).toEqual(
      new Set(['WINNER', 'FINALIST']),
    );
    expect(pages.every((i) => i.workshopOutcomes.length === 0)).toBe(true);

    // The advocacy subgraph does hold outcomes citing that initiative: it withholds them from the public.
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { workshopOutcomes { id } } } }`;
    const asAdmin = await postGraphQL(
      stack.subgraphUrls.advocacy,
      query,
      { r: [{ __typename: 'Initiative', id: complete.id }] },
      headersFor(viewers.admin()),
    );
    expect(expectNoGraphQLErrors(asAdmin.body, query)._entities[0].workshopOutcomes.length).toBeGreaterThan(0);
  });

  it('resolves a list of initiatives with every subgraph field batched, without errors', async () => {
    const query =
      '{ initiatives(first: 50) { totalCount nodes { id stories { id } nominations { id } workshopOutcomes { id } } } }';
    const data = expectNoGraphQLErrors((await gql(query)).body, query);
    expect(data.initiatives.nodes).toHaveLength(50);
    expect(data.initiatives.totalCount).toBe(80);
  });

  it('an unknown initiative is null, not an error', async () => {
    const data = expectNoGraphQLErrors(
      (await gql(INITIATIVE_PAGE, { id: '00000000-0000-4000-8000-000000000000' })).body,
    );
    expect(data.initiative).toBeNull();
  });

  it('a caller mistake gets a stable code and no stack trace', async () => {
    const { body } = await gql('{ initiatives(first: 5000) { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('reports health, and readiness of every subgraph', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: { network: true, awards: true, stories: true, advocacy: true },
    });
  });
});
