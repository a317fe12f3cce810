import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode } from '@best/kit';
import { SESSION_COOKIE, readCookie } from '../auth/session-cookie';
import { sendRefusal } from './refusal';

export interface LimiterSettings {
  /** Prefix that keeps this limiter's keys apart from others in a shared store. */
  keyPrefix: string;
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
}

export interface RateLimitOptions {
  /** Names this limiter's counters (`gateway:<scope>:address:...`): limiters with other limits need other scopes. */
  scope: string;
  /** Requests one client address may send per window, signed in or not. */
  perAddress: number;
  /** Requests one credential (API token or session, hashed) may send per window, from any address. */
  perCredential: number;
  /** Length of a window, in seconds. */
  windowSeconds: number;
  /** Name of the cookie that carries a browser's session. */
  sessionCookie: string;
  /**
   * Builds the counters. The default counts in this process's memory, which is right for one
   * replica only: with several behind a load balancer each would allow the full rate, so pass a
   * shared store, e.g. `(o) => new RateLimiterPostgres({ ...o, storeClient: pool })` or
   * `RateLimiterRedis` from rate-limiter-flexible.
   */
  createLimiter: (settings: LimiterSettings) => RateLimiterAbstract;
  /** Hears about a store that failed; the request is let through rather than refused. */
  onStoreError: (error: unknown) => void;
}

/**
 * Sized for people and partner integrations, not for scrapers: a page of the web client sends a
 * few requests. An address is shared by everyone behind one office NAT or proxy, so it may send
 * more than one credential. (Behind a load balancer, set the gateway's `trust proxy` so the
 * address is the client's, not the balancer's.)
 */
export const DEFAULT_RATE_LIMITS: Omit<RateLimitOptions, 'createLimiter' | 'onStoreError'> = {
  scope: 'graphql',
  perAddress: 600,
  perCredential: 300,
  windowSeconds: 60,
  sessionCookie: SESSION_COOKIE,
};

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * The caller's credential as a counter key: the Authorization header (API token) or else the
 * session cookie, hashed so that no store ever holds a usable secret. Not verified here (limits
 * run before anything else), which is why every request also counts against its address: inventing
 * tokens does not buy a fresh allowance.
 */
export function credentialKey(req: Pick<Request, 'headers'>, sessionCookie: string): string | undefined {
  const authorization = req.headers.authorization?.trim();
  if (authorization) return `token:${sha256(authorization)}`;
  const session = readCookie(req.headers.cookie, sessionCookie);
  return session ? `session:${sha256(session)}` : undefined;
}

/**
 * Fixed-window rate limits per client address and per credential (rate-limiter-flexible). A caller
 * over either limit gets HTTP 429, RATE_LIMITED and a Retry-After in seconds.
 */
export function rateLimit(options: Partial<RateLimitOptions> = {}): RequestHandler {
  // An option given as undefined keeps its default rather than switching the limit off.
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  const settings: Omit<RateLimitOptions, 'createLimiter' | 'onStoreError'> = {
    ...DEFAULT_RATE_LIMITS,
    ...Object.fromEntries(given),
  };
  const createLimiter = options.createLimiter ?? ((s: LimiterSettings) => new RateLimiterMemory(s));
  const onStoreError = options.onStoreError ?? (() => undefined);
  const byAddress = createLimiter({
    keyPrefix: `gateway:${settings.scope}:address`,
    points: settings.perAddress,
    duration: settings.windowSeconds,
  });
  const byCredential = createLimiter({
    keyPrefix: `gateway:${settings.scope}:credential`,
    points: settings.perCredential,
    duration: settings.windowSeconds,
  });
  return async (req, res, next) => {
    const credential = credentialKey(req, settings.sessionCookie);
    try {
      await byAddress.consume(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      if (credential) await byCredential.consume(credential);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) {
        onStoreError(refusal);
        return next();
      }
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      sendRefusal(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: try again in ${seconds} seconds.`, {
        'retry-after': String(seconds),
      });
      return;
    }
    next();
  };
}
