import { Router } from 'express';
import type { Logger } from 'pino';
import { jsonBody } from '../http/json-body';
import { sendRefusal } from '../http/refusal';
import { refuseCrossSite } from './cross-site';
import type { NetworkAuthClient } from './network-auth-client';
import { requestIdOf } from './request-id';
import { SESSION_COOKIE, clearedSessionCookie, readCookie, sessionCookie, type CookieOptions } from './session-cookie';

/** Sign-in bodies are an email and a password: a few hundred bytes. */
const AUTH_BODY_LIMIT = 10_000;

/**
 * `POST /auth/sign-in` and `POST /auth/sign-out` for the web client (see README "Accounts and
 * sign-in" for the contract). Both refuse cross-site requests; answers are never cached.
 */
export function authRoutes(options: {
  client: NetworkAuthClient;
  cookie: CookieOptions;
  corsOrigins: readonly string[];
  logger: Logger;
}): Router {
  const { client, cookie } = options;
  const router = Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.use(refuseCrossSite(options.corsOrigins), ...jsonBody({ limit: AUTH_BODY_LIMIT }));

  router.post('/sign-in', async (req, res) => {
    const requestId = requestIdOf(req);
    const body = (req.body ?? {}) as { email?: unknown; password?: unknown };
    const answer = await client.signIn(body.email, body.password, req.ip ?? '', requestId);
    if (!answer.ok) return sendRefusal(res, answer.status, answer.code, answer.message);
    // A browser that was signed in as someone else: that session ends here rather than linger.
    const previous = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (previous) await client.signOut(previous, requestId);
    res.append('set-cookie', sessionCookie(answer.sessionToken, new Date(answer.expiresAt), cookie));
    res.json({ viewer: answer.viewer, expiresAt: answer.expiresAt });
  });

  router.post('/sign-out', async (req, res) => {
    const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
    const answer = sessionToken ? await client.signOut(sessionToken, requestIdOf(req)) : null;
    if (answer && !answer.ok && answer.status === 503) {
      options.logger.error({ requestId: requestIdOf(req) }, 'network subgraph did not answer a sign-out');
      return sendRefusal(res, 503, answer.code, answer.message);
    }
    res.append('set-cookie', clearedSessionCookie(cookie));
    res.json({ signedOut: Boolean(answer?.ok && answer.signedOut) });
  });

  return router;
}
