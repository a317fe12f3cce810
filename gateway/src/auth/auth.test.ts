import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { TEST_IDENTITY_SECRET } from '@best/kit/testing';
import { createAuth, viewerOf } from './index';
import { SESSION_COOKIE, clearedSessionCookie, readCookie, sessionCookie } from './session-cookie';

describe('session cookie', () => {
  const expiresAt = new Date(Date.now() + 12 * 3600_000);

  it('is httpOnly, SameSite=Lax, for the whole site, and lasts as long as the session', () => {
    const cookie = sessionCookie('tok', expiresAt, { secure: false });
    expect(cookie).toMatch(/^best_session=tok; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43(1|2)\d\d$/);
  });

  it('is Secure (HTTPS only) when asked, as in production', () => {
    expect(sessionCookie('tok', expiresAt, { secure: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookie({ secure: true })).toMatch(/^best_session=; .*Max-Age=0.*; Secure$/);
  });

  it('is read from a Cookie header among others', () => {
    expect(readCookie('theme=dark; best_session=abc; lang=mt', SESSION_COOKIE)).toBe('abc');
    expect(readCookie('theme=dark', SESSION_COOKIE)).toBeUndefined();
    expect(readCookie(undefined, SESSION_COOKIE)).toBeUndefined();
  });
});

describe('createAuth when the network subgraph does not answer', () => {
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    // A port nobody listens on: the network subgraph is down.
    const auth = createAuth({
      networkUrl: 'http://127.0.0.1:9/graphql',
      identitySecret: TEST_IDENTITY_SECRET,
      corsOrigins: ['http://localhost:5173'],
      secureCookie: false,
      logger: pino({ level: 'silent' }),
      timeoutMs: 1_000,
    });
    const app = express();
    app.use('/auth', auth.routes);
    app.post('/graphql', auth.authenticate, (_req, res) => {
      res.json({ viewer: viewerOf(res).kind });
    });
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close?.());

  it('serves the public without asking it', async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST' });
    expect(await response.json()).toEqual({ viewer: 'ANONYMOUS' });
  });

  it('refuses a request with credentials with 503 rather than treat it as the public', async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { authorization: 'Bearer x' } });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it('answers a sign-in with 503 and sets no cookie', async () => {
    const response = await fetch(`${url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
      body: JSON.stringify({ email: 'admin@best.example', password: 'best-demo-2026' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a sign-in from an origin that is not allowed before calling anyone', async () => {
    const response = await fetch(`${url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'admin@best.example', password: 'best-demo-2026' }),
    });
    expect(response.status).toBe(403);
  });
});
