import type { RequestHandler, Router } from 'express';
import type { Logger } from 'pino';
import { authRoutes } from './auth-routes';
import { authenticateRequests } from './authenticate';
import { createNetworkAuthClient } from './network-auth-client';

export { serviceOf, viewerOf } from './authenticate';
export { serviceReadsOnly } from './service-reads';
export { SESSION_COOKIE } from './session-cookie';

/**
 * Requests to `/auth/*` one address may send per rate-limit window (the gateway's limiter): a person
 * signs in a few times a day, and the network subgraph also throttles failures per email and address.
 */
export const SIGN_IN_REQUESTS_PER_ADDRESS = 60;

export interface AuthOptions {
  /** The network subgraph's GraphQL URL (NETWORK_URL): accounts, sessions and API tokens live there. */
  networkUrl: string;
  /** Signs the gateway's calls to the network subgraph's internal routes. */
  identitySecret: string;
  /** Browser origins allowed to sign in (CORS_ORIGINS); any other Origin is refused. */
  corsOrigins: readonly string[];
  /** Mark the session cookie Secure (HTTPS only): on in production. */
  secureCookie: boolean;
  logger: Logger;
  /** How long to wait for the network subgraph, in milliseconds (default 5000). */
  timeoutMs?: number;
}

export interface Auth {
  /** Put before the GraphQL handler: sets the caller for `viewerOf(res)` or refuses with 401. */
  authenticate: RequestHandler;
  /** As `authenticate`, and also accepts a subgraph's signed read (as SYSTEM): for `/graphql` only. */
  authenticateGraphQL: RequestHandler;
  /** Mount at `/auth`: `POST /auth/sign-in`, `POST /auth/sign-out`. */
  routes: Router;
}

/** Authentication for the gateway: sessions for people, API tokens for partner integrations. */
export function createAuth(options: AuthOptions): Auth {
  const client = createNetworkAuthClient(options);
  const cookie = { secure: options.secureCookie };
  const { logger, identitySecret } = options;
  return {
    authenticate: authenticateRequests({ client, cookie, logger, identitySecret }),
    authenticateGraphQL: authenticateRequests({ client, cookie, logger, identitySecret, serviceReads: true }),
    routes: authRoutes({ client, cookie, corsOrigins: options.corsOrigins, logger: options.logger }),
  };
}
