import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import {
  ANONYMOUS,
  ErrorCode,
  IDENTITY_HEADER,
  IdentityRefused,
  NonceLedger,
  SERVICE_HEADER,
  SIGNATURE_HEADER,
  SYSTEM,
  verifyServiceRead,
  type Viewer,
} from '@best/kit';
import { sendRefusal } from '../http/refusal';
import type { Credential, NetworkAuthClient } from './network-auth-client';
import { requestIdOf } from './request-id';
import { SESSION_COOKIE, clearedSessionCookie, readCookie, type CookieOptions } from './session-cookie';

/** The caller's credential: `Authorization: Bearer` (a partner token) first, else the session cookie. */
function credentialOf(req: Request): Credential | 'malformed' | null {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? { apiToken: match[1] } : 'malformed';
  }
  const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
  return sessionToken ? { sessionToken } : null;
}

/** Who the request is from, as `authenticateRequests` established it. */
export const viewerOf = (res: Response): Viewer => (res.locals.viewer as Viewer | undefined) ?? ANONYMOUS;

/** The subgraph reading through the gateway as itself, or undefined for every other caller. */
export const serviceOf = (res: Response): string | undefined => res.locals.service as string | undefined;

const claimsService = (req: Request) =>
  req.headers[SERVICE_HEADER] !== undefined ||
  req.headers[IDENTITY_HEADER] !== undefined ||
  req.headers[SIGNATURE_HEADER] !== undefined;

/**
 * Establishes the caller of every GraphQL request, once, by asking the network subgraph. No
 * credential: the public. A credential that does not authenticate is refused with HTTP 401 and
 * UNAUTHENTICATED, never silently treated as the public: a client must learn that its session
 * ended or its token was revoked (an ended session's cookie is cleared in the same answer).
 */
export function authenticateRequests(options: {
  client: NetworkAuthClient;
  cookie: CookieOptions;
  logger: Logger;
  /** The identity secret shared with the subgraphs: they sign their reads through the gateway with it. */
  identitySecret: string;
  /** Accept subgraphs' signed reads (at `/graphql` only: elsewhere SYSTEM could write, e.g. upload media). */
  serviceReads?: boolean;
}): RequestHandler {
  const ledger = new NonceLedger();
  return async (req, res, next) => {
    const requestId = requestIdOf(req);
    const credential = credentialOf(req);
    if (claimsService(req)) {
      // A subgraph reading as itself (the platform, SYSTEM): queries only, see `serviceReadsOnly`.
      if (!options.serviceReads) {
        return sendRefusal(res, 400, ErrorCode.BAD_REQUEST, 'Services read through the gateway at /graphql only.');
      }
      if (credential !== null) {
        return sendRefusal(res, 400, ErrorCode.BAD_REQUEST, 'A service read carries no session and no token.');
      }
      try {
        res.locals.service = verifyServiceRead(req.headers, options.identitySecret, ledger);
      } catch (error) {
        if (!(error instanceof IdentityRefused)) return next(error);
        options.logger.warn({ requestId, reason: error.message }, 'refused a service read');
        return sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, 'This service read is not signed by a service.');
      }
      res.locals.viewer = SYSTEM;
      return next();
    }
    if (credential === null) {
      res.locals.viewer = ANONYMOUS;
      return next();
    }
    if (credential === 'malformed') {
      return sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, 'Send an API token as `Authorization: Bearer <token>`.');
    }
    const answer = await options.client.authenticate(credential, requestId);
    if (answer.ok) {
      res.locals.viewer = answer.viewer;
      return next();
    }
    if (answer.status === 503) {
      options.logger.error({ requestId }, 'network subgraph did not answer an authentication');
      return sendRefusal(res, 503, answer.code, answer.message);
    }
    if ('sessionToken' in credential) res.append('set-cookie', clearedSessionCookie(options.cookie));
    sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, answer.message);
  };
}
