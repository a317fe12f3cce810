import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { credentialKey, rateLimit, type LimiterSettings, type RateLimitOptions } from './rate-limit';

async function serve(options: Partial<RateLimitOptions>) {
  const app = express();
  app.use(rateLimit(options), (_req, res) => {
    res.json({ ok: true });
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const get = async (headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      json: (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] },
    };
  };
  return { get, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('rateLimit', () => {
  it('perAddress: lets the allowance through, then answers 429 RATE_LIMITED with Retry-After', async () => {
    const app = await serve({ perAddress: 2, windowSeconds: 30 });
    try {
      expect((await app.get()).status).toBe(200);
      expect((await app.get()).status).toBe(200);
      const refused = await app.get();
      expect(refused.status).toBe(429);
      expect(refused.json.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
      expect(refused.json.errors[0].message).toMatch(/try again in \d+ seconds/);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(30);
    } finally {
      await app.close();
    }
  });

  it('perCredential: one token is limited while another from the same address is not', async () => {
    const app = await serve({ perAddress: 100, perCredential: 1 });
    try {
      const a = { authorization: 'Bearer a' };
      expect((await app.get(a)).status).toBe(200);
      expect((await app.get(a)).status).toBe(429);
      expect((await app.get({ authorization: 'Bearer b' })).status).toBe(200);
      expect((await app.get()).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('sessionCookie: a session is counted by the named cookie', async () => {
    const app = await serve({ perAddress: 100, perCredential: 1, sessionCookie: 'sid' });
    try {
      expect((await app.get({ cookie: 'sid=one; lang=it' })).status).toBe(200);
      expect((await app.get({ cookie: 'lang=de; sid=one' })).status).toBe(429);
      expect((await app.get({ cookie: 'sid=two' })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('createLimiter and scope: the store is pluggable, with one limiter per address and per credential', async () => {
    const built: LimiterSettings[] = [];
    const app = await serve({
      scope: 'reports',
      perAddress: 5,
      perCredential: 3,
      windowSeconds: 10,
      createLimiter: (settings) => {
        built.push(settings);
        return new RateLimiterMemory(settings);
      },
    });
    try {
      expect(built).toEqual([
        { keyPrefix: 'gateway:reports:address', points: 5, duration: 10 },
        { keyPrefix: 'gateway:reports:credential', points: 3, duration: 10 },
      ]);
    } finally {
      await app.close();
    }
  });

  it('onStoreError: a failing store lets the request through and is reported', async () => {
    const errors: unknown[] = [];
    const failing = { consume: () => Promise.reject(new Error('store down')) } as unknown as RateLimiterAbstract;
    const app = await serve({ createLimiter: () => failing, onStoreError: (e) => errors.push(e) });
    try {
      expect((await app.get()).status).toBe(200);
      expect(errors).toEqual([new Error('store down')]);
    } finally {
      await app.close();
    }
  });
});

describe('credentialKey', () => {
  it('hashes the token, so that no store holds a usable secret', () => {
    const key = credentialKey({ headers: { authorization: 'Bearer secret-token' } }, 'best_session');
    expect(key).toMatch(/^token:[\w-]{43}$/);
    expect(key).not.toContain('secret-token');
  });

  it('prefers the Authorization header to the session cookie', () => {
    const key = credentialKey({ headers: { authorization: 'Bearer t', cookie: 'best_session=s' } }, 'best_session');
    expect(key).toMatch(/^token:/);
  });

  it('has no key for a caller without credentials or with an empty cookie', () => {
    expect(credentialKey({ headers: {} }, 'best_session')).toBeUndefined();
    expect(credentialKey({ headers: { cookie: 'best_session=; other=1' } }, 'best_session')).toBeUndefined();
  });
});
