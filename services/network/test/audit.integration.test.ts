import { type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { networkSubgraph } from '../src/subgraph';
import { internalRoutes, type InternalRoutes } from './internal-routes';
import { partnerOf } from './seed';

let net: TestSubgraph;
let routes: InternalRoutes;
let admin: Viewer;
let coordinatorMT: Viewer;
const startedAt = new Date();
beforeAll(async () => {
  net = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_access' });
  routes = internalRoutes(net);
  admin = (await routes.signIn('admin@best.example')).viewer;
  coordinatorMT = (await routes.signIn('coordinator.mt@best.example')).viewer;
  await routes.internal('/sign-in', { email: 'juror@best.example', password: 'wrong password', address: '192.0.2.1' });
  await net.gql(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
    {
      input: {
        organizationId: partnerOf('MT'),
        name: 'Audit test',
        scopes: ['READ'],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
    coordinatorMT,
  );
});
afterAll(async () => {
  await net?.stop();
});

const EVENTS = `query($first: Int, $after: String, $action: String, $actorId: ID, $since: DateTimeISO) {
  auditEvents(first: $first, after: $after, action: $action, actorId: $actorId, since: $since) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id at action subjectType subjectId requestId details actor { kind id displayName } }
  } }`;
const events = async (by: Viewer, variables: Record<string, unknown> = {}) =>
  expectNoGraphQLErrors((await net.gql(EVENTS, variables, by)).body, EVENTS).auditEvents;

describe('the audit log', () => {
  it('an admin reads who did what, newest first, with the actor and the details', async () => {
    const log = await events(admin, { first: 100 });
    const actions = log.nodes.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['SIGNED_IN', 'SIGN_IN_FAILED', 'API_TOKEN_CREATED']));
    const times = log.nodes.map((e: any) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const created = log.nodes.find((e: any) => e.action === 'API_TOKEN_CREATED');
    expect(created).toMatchObject({
      subjectType: 'ApiToken',
      actor: { kind: 'USER', id: coordinatorMT.id, displayName: 'Demo Coordinator Malta' },
      details: { organizationId: partnerOf('MT'), name: 'Audit test', scopes: ['READ'] },
    });
    expect(created.requestId).toEqual(expect.any(String));
  });

  it('filters by action, by actor and by time', async () => {
    const failed = await events(admin, { action: 'SIGN_IN_FAILED' });
    expect(failed.totalCount).toBe(1);
    expect(failed.nodes[0]).toMatchObject({
      actor: { kind: 'ANONYMOUS', id: null },
      details: { reason: 'WRONG_PASSWORD' },
    });
    const byCoordinator = await events(admin, { actorId: coordinatorMT.id, first: 100 });
    expect(byCoordinator.nodes.every((e: any) => e.actor.id === coordinatorMT.id)).toBe(true);
    expect(byCoordinator.totalCount).toBeGreaterThanOrEqual(2);
    expect((await events(admin, { since: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);
    expect((await events(admin, { since: startedAt.toISOString() })).totalCount).toBeGreaterThanOrEqual(4);
  });

  it('pages through the log with cursors, without gaps or repeats', async () => {
    const all = await events(admin, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const slice: any = await events(admin, { first: 2, after });
      seen.push(...slice.nodes.map((e: any) => e.id));
      if (!slice.pageInfo.hasNextPage) break;
      after = slice.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((e: any) => e.id));
  });

  it('is for admins only: coordinators, members, tokens and the public get an empty list', async () => {
    for (const by of [
      coordinatorMT,
      viewers.member(partnerOf('MT'), 'MT'),
      viewers.token(partnerOf('MT'), 'MT', ['READ', 'WRITE', 'EXPORT']),
      viewers.anonymous(),
    ]) {
      const log = await events(by);
      expect(log.totalCount).toBe(0);
      expect(log.nodes).toEqual([]);
    }
  });

  it('refuses an action filter that is not an action name', async () => {
    const { body } = await net.gql(EVENTS, { action: "x' OR 1=1 --" }, admin);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is append-only: the database refuses to change, delete or truncate an event', async () => {
    await expect(net.dataSource.query(`UPDATE audit_event SET action = 'SIGNED_OUT'`)).rejects.toThrow(/append-only/);
    await expect(net.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(net.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    expect((await events(admin)).totalCount).toBeGreaterThan(0);
  });
});
