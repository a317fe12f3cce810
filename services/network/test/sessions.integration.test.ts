import { createHash } from 'node:crypto';
import { ANONYMOUS, Role, signIdentity } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, TEST_IDENTITY_SECRET, type TestSubgraph } from '@best/kit/testing';
import { SIGN_IN_LIMIT } from '../src/sessions/sign-in-throttle';
import { SIGN_IN_REFUSED } from '../src/sessions/session.service';
import { demoAccountId } from '../src/seed/demo-accounts';
import { networkSubgraph } from '../src/subgraph';
import { internalRoutes, type InternalRoutes } from './internal-routes';

let net: TestSubgraph;
let routes: InternalRoutes;
beforeAll(async () => {
  net = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_access' });
  routes = internalRoutes(net);
});
afterAll(async () => {
  await net?.stop();
});

const authenticate = (sessionToken: string) => routes.internal('/authenticate', { sessionToken });

describe('sessions: sign-in, authentication, sign-out', () => {
  it('a demo account signs in with the demo password and its session authenticates as that account', async () => {
    const { sessionToken, viewer } = await routes.signIn('coordinator.mt@best.example');
    expect(sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(viewer).toMatchObject({
      kind: 'USER',
      id: demoAccountId('coordinator.mt@best.example'),
      role: Role.NATIONAL_COORDINATOR,
      countryCode: 'MT',
    });
    const { status, body } = await authenticate(sessionToken);
    expect(status).toBe(200);
    expect(body.viewer).toEqual(viewer);
  });

  it('the email is compared without regard to case', async () => {
    const { viewer } = await routes.signIn('  Admin@BEST.example ');
    expect(viewer.role).toBe(Role.ADMIN);
  });

  it('a session expires 12 hours after sign-in', async () => {
    const before = Date.now();
    const { body } = await routes.internal('/sign-in', {
      email: 'viewer@best.example',
      password: 'best-demo-2026',
      address: '203.0.113.77',
    });
    const lifetime = new Date(body.expiresAt).getTime() - before;
    expect(lifetime).toBeGreaterThan(12 * 3600_000 - 5_000);
    expect(lifetime).toBeLessThanOrEqual(12 * 3600_000 + 5_000);
  });

  it('only the SHA-256 of a session token is stored, never the token', async () => {
    const { sessionToken } = await routes.signIn('juror@best.example');
    const rows = await net.dataSource.query('SELECT token_hash FROM session');
    expect(rows.some((r: any) => r.token_hash === sessionToken)).toBe(false);
    const hash = createHash('sha256').update(sessionToken).digest('hex');
    expect(rows.some((r: any) => r.token_hash === hash)).toBe(true);
  });

  it('a wrong password and an unknown email get the same status and the same message', async () => {
    const wrong = await routes.internal('/sign-in', {
      email: 'admin@best.example',
      password: 'not-the-password',
      address: '203.0.113.1',
    });
    const unknown = await routes.internal('/sign-in', {
      email: 'nobody@best.example',
      password: 'not-the-password',
      address: '203.0.113.1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.errors[0]).toEqual({ message: SIGN_IN_REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('failed sign-ins are audited with the reason, without the password', async () => {
    await routes.internal('/sign-in', {
      email: 'member@best.example',
      password: 'guess-123456',
      address: '203.0.113.9',
    });
    const rows = await net.dataSource.query(
      `SELECT actor_kind, details FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND details->>'address' = '203.0.113.9'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_kind).toBe('ANONYMOUS');
    expect(rows[0].details).toEqual({ email: 'member@best.example', address: '203.0.113.9', reason: 'WRONG_PASSWORD' });
    expect(JSON.stringify(rows[0])).not.toContain('guess-123456');
  });

  it('a successful sign-in is audited with the account as actor', async () => {
    await routes.signIn('coordinator.it@best.example', undefined, '203.0.113.10');
    const rows = await net.dataSource.query(
      `SELECT actor_id, subject_id FROM audit_event WHERE action = 'SIGNED_IN' AND details->>'address' = '203.0.113.10'`,
    );
    expect(rows).toEqual([
      {
        actor_id: demoAccountId('coordinator.it@best.example'),
        subject_id: demoAccountId('coordinator.it@best.example'),
      },
    ]);
  });

  it(`after ${SIGN_IN_LIMIT.failures} failures from one address, that email is refused from there even with the right password`, async () => {
    const email = 'viewer@best.example';
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) {
      expect((await routes.internal('/sign-in', { email, password: `wrong-${i}`, address: '192.0.2.50' })).status).toBe(
        401,
      );
    }
    const blocked = await routes.internal('/sign-in', { email, password: 'best-demo-2026', address: '192.0.2.50' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // The same email from another address, and another email from the same address, still sign in.
    expect(
      (await routes.internal('/sign-in', { email, password: 'best-demo-2026', address: '192.0.2.51' })).status,
    ).toBe(200);
    expect(
      (
        await routes.internal('/sign-in', {
          email: 'juror@best.example',
          password: 'best-demo-2026',
          address: '192.0.2.50',
        })
      ).status,
    ).toBe(200);
  });

  it('the throttle also counts unknown emails, so it does not tell which exist', async () => {
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) {
      await routes.internal('/sign-in', { email: 'ghost@best.example', password: 'x', address: '192.0.2.60' });
    }
    const blocked = await routes.internal('/sign-in', {
      email: 'ghost@best.example',
      password: 'x',
      address: '192.0.2.60',
    });
    expect(blocked.status).toBe(429);
  });

  it('a successful sign-in clears the failures counted for that email and address', async () => {
    const email = 'coordinator.it@best.example';
    for (let i = 0; i < SIGN_IN_LIMIT.failures - 1; i++) {
      await routes.internal('/sign-in', { email, password: 'wrong', address: '192.0.2.70' });
    }
    await routes.signIn(email, undefined, '192.0.2.70');
    for (let i = 0; i < SIGN_IN_LIMIT.failures - 1; i++) {
      await routes.internal('/sign-in', { email, password: 'wrong', address: '192.0.2.70' });
    }
    expect(
      (await routes.internal('/sign-in', { email, password: 'best-demo-2026', address: '192.0.2.70' })).status,
    ).toBe(200);
  });

  it('refuses a malformed sign-in with BAD_USER_INPUT, not a server error', async () => {
    const noPassword = await routes.internal('/sign-in', { email: 'admin@best.example', address: '192.0.2.80' });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const hugePassword = await routes.internal('/sign-in', { email: 'admin@best.example', password: 'x'.repeat(600) });
    expect(hugePassword.status).toBe(400);
    const notAnObject = await routes.internal('/sign-in', ['admin@best.example']);
    expect(notAnObject.status).toBe(400);
  });

  it('signing out ends the session: the same token is refused on the next request', async () => {
    const { sessionToken } = await routes.signIn('member@best.example');
    expect((await authenticate(sessionToken)).status).toBe(200);
    expect((await routes.internal('/sign-out', { sessionToken })).body).toEqual({ signedOut: true });
    const after = await authenticate(sessionToken);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await routes.internal('/sign-out', { sessionToken })).body).toEqual({ signedOut: false });
    const audited = await net.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'SIGNED_OUT' AND actor_id = $1`,
      [demoAccountId('member@best.example')],
    );
    expect(audited[0].n).toBe(1);
  });

  it('an expired session is refused', async () => {
    const { sessionToken } = await routes.signIn('juror@best.example');
    await net.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
      [sessionToken],
    );
    expect((await authenticate(sessionToken)).status).toBe(401);
  });

  it('an unknown or malformed session token is refused without an error', async () => {
    expect((await authenticate('A'.repeat(43))).status).toBe(401);
    expect((await authenticate('short')).status).toBe(401);
    expect((await routes.internal('/authenticate', { sessionToken: 42 })).status).toBe(401);
  });

  it('the internal routes answer only requests signed by the gateway', async () => {
    const unsigned = await routes.internal(
      '/sign-in',
      { email: 'admin@best.example', password: 'best-demo-2026' },
      false,
    );
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await fetch(`${net.base}/internal/authenticate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signIdentity(ANONYMOUS, 'a-secret-that-is-not-the-gateways-000'),
      },
      body: JSON.stringify({ sessionToken: 'A'.repeat(43) }),
    });
    expect(forged.status).toBe(401);
  });

  it('a replayed gateway signature is refused on the internal routes too', async () => {
    const { sessionToken } = await routes.signIn('viewer@best.example');
    const headers = { 'content-type': 'application/json', ...signIdentity(ANONYMOUS, TEST_IDENTITY_SECRET) };
    const send = () =>
      fetch(`${net.base}/internal/authenticate`, { method: 'POST', headers, body: JSON.stringify({ sessionToken }) });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(401);
  });

  it('a user viewer built from the session is what the GraphQL API knows as `me`', async () => {
    const { viewer } = await routes.signIn('member@best.example');
    const data = expectNoGraphQLErrors((await net.gql('{ me { email role } }', {}, viewer)).body);
    expect(data.me).toEqual({ email: 'member@best.example', role: 'ORGANIZATION_MEMBER' });
  });
});
