import type { ServerOptions } from 'node:http';

export interface ServerTimeoutOptions {
  /** Time allowed for the request line and headers, in ms (the slowloris attack sends them slowly). */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request, headers and body, in ms. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
}

/** A 100 kB body arrives in well under a second on any connection a person uses. */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeoutOptions = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
};

/**
 * Options for `http.createServer` that stop a slow client from holding a connection: Node's
 * defaults wait 60 s for headers and 300 s for a body, and check only every 30 s. Node answers
 * 408 when a limit passes; the check runs often enough that the limits hold to about a second.
 */
export function serverTimeouts(options: Partial<ServerTimeoutOptions> = {}): ServerOptions {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = { ...DEFAULT_SERVER_TIMEOUTS, ...options };
  return {
    headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(headersTimeoutMs / 2))),
  };
}
