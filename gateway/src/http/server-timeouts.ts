import type { ServerOptions } from 'node:http';

export interface ServerTimeoutOptions {
  /** Time allowed for the request line and headers, in ms (the slowloris attack sends them slowly). */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request, headers and body, in ms (enforced by `bodyDeadline`). */
  requestTimeoutMs: number;
  /** Time allowed to receive a media upload (up to 200 MB), in ms; Node's own limit for every request. */
  uploadTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
}

/** A 100 kB body arrives in well under a second on any connection a person uses. */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeoutOptions = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  // 200 MB in 10 minutes is about 2.7 Mbit/s: a video from a partner's office connection.
  uploadTimeoutMs: 600_000,
  keepAliveTimeoutMs: 5_000,
};

/**
 * Options for `http.createServer` that stop a slow client from holding a connection: Node's
 * defaults wait 60 s for headers and 300 s for a body, and check only every 30 s. Node answers
 * 408 when a limit passes; the check runs often enough that the limits hold to about a second.
 * Node has one request limit for every route, so it is the upload's; `bodyDeadline` holds every
 * other request to `requestTimeoutMs`.
 */
export function serverTimeouts(options: Partial<ServerTimeoutOptions> = {}): ServerOptions {
  const { headersTimeoutMs, requestTimeoutMs, uploadTimeoutMs, keepAliveTimeoutMs } = {
    ...DEFAULT_SERVER_TIMEOUTS,
    ...options,
  };
  return {
    headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
    requestTimeout: Math.max(requestTimeoutMs, uploadTimeoutMs),
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(headersTimeoutMs / 2))),
  };
}
