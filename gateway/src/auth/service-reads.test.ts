import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { signIdentity, signServiceRead, SYSTEM } from '@best/kit';
import { TEST_IDENTITY_SECRET } from '@best/kit/testing';
import { createAuth, serviceOf, viewerOf } from './index';

// The network subgraph is not needed: a service read is checked by its signature alone.
describe('a subgraph reading through the gateway as itself', () => {
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    const auth = createAuth({
      networkUrl: 'http://127.0.0.1:9/graphql',
      identitySecret: TEST_IDENTITY_SECRET,
      corsOrigins: [],
      secureCookie: false,
      logger: pino({ level: 'silent' }),
      timeoutMs: 500,
    });
    const app = express();
    const who = (_req: express.Request, res: express.Response) => {
      res.json({ kind: viewerOf(res).kind, role: viewerOf(res).role, service: serviceOf(res) ?? null });
    };
    app.post('/graphql', auth.authenticateGraphQL, who);
    app.post('/media', auth.authenticate, who);
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close?.());

  const post = async (path: string, headers: Record<string, string>) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('is served as the platform itself (SYSTEM), naming the service', async () => {
    const answer = await post('/graphql', signServiceRead('awards', TEST_IDENTITY_SECRET));
    expect(answer).toEqual({ status: 200, body: { kind: 'SYSTEM', role: 'ADMIN', service: 'awards' } });
  });

  it('is refused when replayed', async () => {
    const headers = signServiceRead('awards', TEST_IDENTITY_SECRET);
    expect((await post('/graphql', headers)).status).toBe(200);
    const replayed = await post('/graphql', headers);
    expect(replayed.status).toBe(401);
    expect(replayed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is refused when signed with another secret, or with the key the gateway signs subgraph calls with', async () => {
    for (const headers of [
      signServiceRead('awards', 'a-forged-secret-of-enough-length-0000'),
      { ...signIdentity(SYSTEM, TEST_IDENTITY_SECRET), 'x-best-service': 'awards' },
      signIdentity(SYSTEM, TEST_IDENTITY_SECRET),
    ]) {
      const answer = await post('/graphql', headers);
      expect(answer.status).toBe(401);
      expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('is refused when it also carries a session or a token', async () => {
    const credentials: Record<string, string>[] = [{ cookie: 'best_session=abc' }, { authorization: 'Bearer abc' }];
    for (const credential of credentials) {
      const answer = await post('/graphql', { ...signServiceRead('awards', TEST_IDENTITY_SECRET), ...credential });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('is refused anywhere but /graphql (the media routes write)', async () => {
    const answer = await post('/media', signServiceRead('awards', TEST_IDENTITY_SECRET));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toMatch('/graphql only');
  });

  it('leaves the public the public', async () => {
    expect((await post('/graphql', {})).body).toEqual({ kind: 'ANONYMOUS', role: null, service: null });
  });
});
