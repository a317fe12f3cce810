import { createHash } from 'node:crypto';
import { type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { networkSubgraph } from '../src/subgraph';
import { internalRoutes, signInDemoPeople, type InternalRoutes } from './internal-routes';
import { inDays, otherOrganizationOf, partnerOf } from './seed';

let net: TestSubgraph;
let routes: InternalRoutes;
let admin: Viewer;
let coordinatorMT: Viewer;
let coordinatorIT: Viewer;
let member: Viewer;
beforeAll(async () => {
  net = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_access' });
  routes = internalRoutes(net);
  ({ admin, coordinatorMT, coordinatorIT, member } = await signInDemoPeople(routes));
});
afterAll(async () => {
  await net?.stop();
});

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret apiToken { id name prefix scopes status expiresAt lastUsedAt createdBy organization { id } } } }`;
const REVOKE = `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id status revokedAt } } }`;
const LIST = `query($org: ID!, $all: Boolean) {
  apiTokens(organizationId: $org, includeInactive: $all) { totalCount nodes { id name prefix status lastUsedAt } } }`;

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
const input = (extra: Record<string, unknown> = {}) => ({
  organizationId: partnerOf('MT'),
  name: 'Website sync',
  scopes: ['READ'],
  expiresAt: inDays(90),
  ...extra,
});
async function createToken(by: Viewer, extra: Record<string, unknown> = {}) {
  const data = expectNoGraphQLErrors((await net.gql(CREATE, { input: input(extra) }, by)).body, CREATE);
  return data.createApiToken as { secret: string; apiToken: any };
}
const authenticate = (apiToken: string) => routes.internal('/authenticate', { apiToken });

describe('partner API tokens', () => {
  it('an admin creates a token: the secret is shown once, starts with its prefix, and only its hash is stored', async () => {
    const { secret, apiToken } = await createToken(admin, { scopes: ['READ', 'EXPORT'] });
    expect(secret).toMatch(/^best_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiToken.prefix}_`)).toBe(true);
    expect(apiToken).toMatchObject({
      name: 'Website sync',
      scopes: ['READ', 'EXPORT'],
      status: 'ACTIVE',
      lastUsedAt: null,
      createdBy: 'Demo Admin',
      organization: { id: partnerOf('MT') },
    });
    const [row] = await net.dataSource.query('SELECT * FROM api_token WHERE id = $1', [apiToken.id]);
    // The secret part is everything after the prefix (it may itself contain '_').
    expect(JSON.stringify(row)).not.toContain(secret.slice(apiToken.prefix.length + 1));
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
  });

  it('the secret cannot be read again: the schema has no field for it on a token', async () => {
    const { body } = await net.gql(
      'query($org: ID!) { apiTokens(organizationId: $org) { nodes { secret } } }',
      {
        org: partnerOf('MT'),
      },
      admin,
    );
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a token authenticates as a member of its organisation within its scopes, and its use is recorded', async () => {
    const { secret, apiToken } = await createToken(admin, { scopes: ['READ', 'WRITE'] });
    const { status, body } = await authenticate(secret);
    expect(status).toBe(200);
    expect(body.viewer).toEqual({
      kind: 'TOKEN',
      id: apiToken.id,
      role: 'ORGANIZATION_MEMBER',
      countryCode: 'MT',
      organizationId: partnerOf('MT'),
      scopes: ['READ', 'WRITE'],
      displayName: 'API token "Website sync"',
    });
    const list = expectNoGraphQLErrors((await net.gql(LIST, { org: partnerOf('MT') }, admin)).body);
    const listed = list.apiTokens.nodes.find((t: any) => t.id === apiToken.id);
    expect(new Date(listed.lastUsedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lastUsedAt is written at most once a minute, not on every request', async () => {
    const { secret, apiToken } = await createToken(admin);
    await authenticate(secret);
    const [first] = await net.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [apiToken.id]);
    await authenticate(secret);
    const [second] = await net.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [apiToken.id]);
    expect(second.last_used_at).toEqual(first.last_used_at);
  });

  it('a revoked token is refused on the very next request, and the revocation is audited', async () => {
    const { secret, apiToken } = await createToken(coordinatorMT);
    expect((await authenticate(secret)).status).toBe(200);
    const data = expectNoGraphQLErrors(
      (await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } }, coordinatorMT)).body,
    );
    expect(data.revokeApiToken.apiToken.status).toBe('REVOKED');
    const refused = await authenticate(secret);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const events = await net.dataSource.query(
      `SELECT action, actor_id, details FROM audit_event WHERE subject_id = $1 ORDER BY at`,
      [apiToken.id],
    );
    expect(events.map((e: any) => e.action)).toEqual(['API_TOKEN_CREATED', 'API_TOKEN_REVOKED']);
    expect(events[1]).toMatchObject({ actor_id: coordinatorMT.id, details: { prefix: apiToken.prefix } });
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it('revoking twice changes nothing', async () => {
    const { apiToken } = await createToken(admin);
    const first = expectNoGraphQLErrors((await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } }, admin)).body);
    const second = expectNoGraphQLErrors((await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } }, admin)).body);
    expect(second.revokeApiToken.apiToken.revokedAt).toBe(first.revokeApiToken.apiToken.revokedAt);
  });

  it('an expired token is refused', async () => {
    const { secret, apiToken } = await createToken(admin);
    await net.dataSource.query(
      `UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE id = $1`,
      [apiToken.id],
    );
    expect((await authenticate(secret)).status).toBe(401);
  });

  it('an unknown or malformed token is refused without an error', async () => {
    expect((await authenticate(`best_abcdefgh_${'A'.repeat(43)}`)).status).toBe(401);
    expect((await authenticate('Bearer nonsense')).status).toBe(401);
    expect((await routes.internal('/authenticate', { apiToken: { $ne: null } })).status).toBe(401);
  });

  it("a coordinator creates tokens for their country's organisations, not for another country's", async () => {
    await createToken(coordinatorMT, { organizationId: otherOrganizationOf('MT') });
    const { body } = await net.gql(CREATE, { input: input({ organizationId: partnerOf('IT') }) }, coordinatorMT);
    expect(codeOf(body)).toBe('FORBIDDEN');
  });

  it('members, viewers and tokens may not create or revoke tokens; the public is asked to sign in', async () => {
    const { apiToken } = await createToken(admin);
    const token = viewers.token(partnerOf('MT'), 'MT', ['READ', 'WRITE', 'EXPORT']);
    for (const by of [member, viewers.viewer(), token]) {
      expect(codeOf((await net.gql(CREATE, { input: input() }, by)).body)).toBe('FORBIDDEN');
      expect(codeOf((await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } }, by)).body)).toBe('FORBIDDEN');
    }
    expect(codeOf((await net.gql(CREATE, { input: input() })).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } })).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } }, coordinatorIT)).body)).toBe(
      'NOT_FOUND',
    );
  });

  it("the organisation's members and its country's coordinator list its tokens; others get an empty list", async () => {
    const { apiToken } = await createToken(admin, { name: 'Listed token' });
    const listedFor = async (by: Viewer) =>
      expectNoGraphQLErrors((await net.gql(LIST, { org: partnerOf('MT') }, by)).body).apiTokens.nodes.map(
        (t: any) => t.id,
      );
    expect(await listedFor(admin)).toContain(apiToken.id);
    expect(await listedFor(coordinatorMT)).toContain(apiToken.id);
    expect(await listedFor(member)).toContain(apiToken.id);
    expect(await listedFor(viewers.token(partnerOf('MT'), 'MT', ['READ']))).toContain(apiToken.id);
    expect(await listedFor(coordinatorIT)).toEqual([]);
    expect(await listedFor(viewers.member(otherOrganizationOf('MT'), 'MT'))).toEqual([]);
    expect(await listedFor(viewers.viewer())).toEqual([]);
    expect(await listedFor(viewers.anonymous())).toEqual([]);
  });

  it('revoked and expired tokens leave the list unless asked for', async () => {
    const { apiToken } = await createToken(admin, { organizationId: otherOrganizationOf('IT') });
    await net.gql(REVOKE, { input: { apiTokenId: apiToken.id } }, admin);
    const ids = async (all: boolean) =>
      expectNoGraphQLErrors(
        (await net.gql(LIST, { org: otherOrganizationOf('IT'), all }, admin)).body,
      ).apiTokens.nodes.map((t: any) => t.id);
    expect(await ids(false)).not.toContain(apiToken.id);
    expect(await ids(true)).toContain(apiToken.id);
  });

  it('refuses an expiry in the past or more than a year away, no scopes, or an unknown organisation', async () => {
    expect(codeOf((await net.gql(CREATE, { input: input({ expiresAt: inDays(-1) }) }, admin)).body)).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf((await net.gql(CREATE, { input: input({ expiresAt: inDays(400) }) }, admin)).body)).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf((await net.gql(CREATE, { input: input({ scopes: [] }) }, admin)).body)).toBe('BAD_USER_INPUT');
    expect(codeOf((await net.gql(CREATE, { input: input({ name: '  ' }) }, admin)).body)).toBe('BAD_USER_INPUT');
    const unknown = input({ organizationId: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf((await net.gql(CREATE, { input: unknown }, admin)).body)).toBe('NOT_FOUND');
  });
});
