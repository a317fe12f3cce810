import type { RequestHandler } from 'express';
import { ErrorCode } from '@best/kit';
import { sendRefusal } from '../http/refusal';

/**
 * CSRF defence for the cookie-setting routes: a JSON content type (a cross-site form cannot send
 * one without a CORS preflight, which fails for unknown origins), and an `Origin`, when the browser
 * sends one, that is either an allowed origin (CORS_ORIGINS) or this host itself. Tools that are not
 * browsers send no Origin and are not at risk of CSRF.
 */
export function refuseCrossSite(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    if (!req.is('application/json')) {
      return sendRefusal(res, 415, ErrorCode.BAD_REQUEST, 'Send a JSON body with Content-Type: application/json.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowed.has(origin) && !isSameHost(origin, req.headers.host)) {
      return sendRefusal(res, 403, ErrorCode.FORBIDDEN, 'This request came from a site that may not sign in here.');
    }
    next();
  };
}

function isSameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
