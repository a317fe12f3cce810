import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import cors from 'cors';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode, isNetworkMember, signIdentity } from '@best/kit';
import { viewerOf } from '../auth';
import { requestIdOf } from '../auth/request-id';
import { rateLimit, type RateLimitOptions } from '../http/rate-limit';
import { sendRefusal } from '../http/refusal';

/** The largest file the stories subgraph accepts (a 200 MB video) plus room for the form around it. */
export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024 + 64 * 1024;

export interface MediaRoutesOptions {
  /** The stories subgraph's GraphQL URL; its `/internal/media/...` routes are on the same host. */
  storiesUrl: string;
  /** Signs the caller's identity for the stories subgraph. */
  identitySecret: string;
  /** Browser origins allowed to upload (CORS_ORIGINS); any other Origin is refused. */
  corsOrigins: readonly string[];
  /** The gateway's authentication (session cookie or API token), as for /graphql. */
  authenticate: RequestHandler;
  rateLimits?: Partial<RateLimitOptions>;
  logger: Logger;
  /** Largest upload body, in bytes (the subgraph applies the per-kind limits). */
  maxUploadBytes?: number;
  /** How long to wait for the stories subgraph to start answering, in ms. */
  timeoutMs?: number;
}

/** Never cached by a browser or a proxy: consent is checked again on every request. */
const NO_STORE = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };
const CLOSE = { connection: 'close' };

/** What the gateway passes on from the subgraph's answer (nothing else, e.g. no server headers). */
const RELAYED_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
  'content-security-policy',
  'cross-origin-resource-policy',
];

/**
 * CSRF defence for uploads. A cross-site page can post a multipart form without a CORS preflight,
 * so, like Apollo's CSRF prevention on /graphql: an `Origin`, when sent, must be an allowed origin
 * or this host, and a browser caller (no Authorization header: a session cookie) must send the
 * `apollo-require-preflight` header, which no cross-site form can send without a preflight that
 * fails for unknown origins. API-token callers are not browsers and are not at risk.
 */
export function refuseCrossSiteUpload(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowed.has(origin) && !isSameHost(origin, req.headers.host)) {
      return sendRefusal(res, 403, ErrorCode.FORBIDDEN, 'This upload came from a site that may not send one.', CLOSE);
    }
    if (req.headers.authorization === undefined && !req.headers['apollo-require-preflight']) {
      return sendRefusal(
        res,
        400,
        ErrorCode.BAD_REQUEST,
        'Send the header `apollo-require-preflight: true` with an upload (a protection against cross-site requests).',
        CLOSE,
      );
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

/**
 * `POST /media/stories/:storyId` (multipart/form-data: file, caption, altText, showsStoryteller)
 * and `GET /media/:id`, forwarded to the stories subgraph with the caller's signed identity. The
 * upload streams through: the gateway holds one chunk at a time, never the file.
 */
export function mediaRoutes(options: MediaRoutesOptions): Router {
  const { logger } = options;
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const router = Router();
  router.use((_req, res, next) => {
    res.set(NO_STORE);
    next();
  });
  router.use(cors({ origin: [...options.corsOrigins], credentials: true }));
  router.use(
    rateLimit({
      ...options.rateLimits,
      scope: 'media',
      onStoreError: (err) => logger.warn({ err }, 'rate limit store failed'),
    }),
  );

  const unavailable = (res: Response) => {
    if (res.headersSent) return res.destroy();
    sendRefusal(res, 503, ErrorCode.INTERNAL_SERVER_ERROR, 'Media is not available right now. Try again in a moment.');
  };

  /** Sends `body` (or nothing) to the stories subgraph as the caller and relays its answer. */
  const forward = (req: Request, res: Response, method: 'GET' | 'POST', path: string, body?: IncomingMessage) => {
    const target = new URL(path, options.storiesUrl);
    const headers: Record<string, string> = {
      'x-request-id': requestIdOf(req),
      ...signIdentity(viewerOf(res), options.identitySecret),
    };
    // Players ask for byte ranges to play and seek video and audio.
    if (!body && typeof req.headers.range === 'string') headers.range = req.headers.range;
    if (body) {
      headers['content-type'] = String(req.headers['content-type'] ?? '');
      if (req.headers['content-length'] !== undefined)
        headers['content-length'] = String(req.headers['content-length']);
      else headers['transfer-encoding'] = 'chunked';
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(target, { method, headers });
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error('stories subgraph timed out')));
    upstream.on('error', (err) => {
      logger.error({ err, requestId: requestIdOf(req) }, 'media request to the stories subgraph failed');
      unavailable(res);
    });
    upstream.on('response', (answer) => {
      // An early answer (a refusal while the upload is still arriving): relay it and stop reading.
      const early = Boolean(body) && !req.complete;
      res.status(answer.statusCode ?? 502);
      for (const name of RELAYED_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      if (early) res.setHeader('connection', 'close');
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      res.on('finish', () => {
        if (early) {
          req.unpipe(upstream);
          upstream.destroy();
          req.resume();
        }
      });
    });
    if (!body) {
      upstream.end();
      return;
    }
    let received = 0;
    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxUpload && !res.headersSent) {
        body.unpipe(upstream);
        upstream.destroy();
        sendRefusal(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, tooLargeMessage(maxUpload), CLOSE);
      }
    });
    body.on('aborted', () => upstream.destroy());
    body.pipe(upstream);
  };

  const refuseLargeBeforeReading: RequestHandler = (req, res, next) => {
    if (Number(req.headers['content-length'] ?? 0) > maxUpload) {
      return sendRefusal(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, tooLargeMessage(maxUpload), CLOSE);
    }
    if ((req.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity') {
      return sendRefusal(res, 415, ErrorCode.BAD_REQUEST, 'Send the upload uncompressed (no Content-Encoding).', CLOSE);
    }
    if (!req.is('multipart/form-data')) {
      return sendRefusal(
        res,
        415,
        ErrorCode.BAD_REQUEST,
        'Send the upload as multipart/form-data with a part named "file".',
        CLOSE,
      );
    }
    next();
  };

  const signedInOnly: RequestHandler = (_req, res, next) => {
    if (!isNetworkMember(viewerOf(res))) {
      return sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to add media to a story.', CLOSE);
    }
    next();
  };

  router.post(
    '/stories/:storyId',
    refuseLargeBeforeReading,
    refuseCrossSiteUpload(options.corsOrigins),
    options.authenticate,
    signedInOnly,
    (req, res) =>
      forward(req, res, 'POST', `/internal/media/stories/${encodeURIComponent(String(req.params.storyId))}`, req),
  );

  router.get('/:id', options.authenticate, (req, res) =>
    forward(req, res, 'GET', `/internal/media/${encodeURIComponent(String(req.params.id))}`),
  );

  router.use((_req, res) => sendRefusal(res, 404, ErrorCode.NOT_FOUND, 'There is nothing here.'));
  return router;
}

const tooLargeMessage = (limit: number) =>
  `The upload is too large (at most ${Math.floor(limit / 1024 / 1024)} MB for a video, less for photos and audio).`;
