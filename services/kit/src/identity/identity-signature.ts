import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Viewer } from './viewer';

export const IDENTITY_HEADER = 'x-best-identity';
export const SIGNATURE_HEADER = 'x-best-signature';

/** How long a signed identity is accepted: long enough for clock skew and a slow subgraph queue. */
export const MAX_IDENTITY_AGE_MS = 30_000;

interface SignedIdentity {
  viewer: Viewer;
  /** When the gateway signed it (ms since epoch). */
  iat: number;
  /** Once only: a captured header cannot be replayed. */
  nonce: string;
}

const hmac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/**
 * The gateway's signature over the caller's identity, a timestamp and a nonce (not over the body:
 * a body-only signature can be replayed verbatim with another identity or later).
 */
export function signIdentity(viewer: Viewer, secret: string, now = Date.now()): Record<string, string> {
  const payload = Buffer.from(
    JSON.stringify({ viewer, iat: now, nonce: randomUUID() } satisfies SignedIdentity),
  ).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: hmac(secret, payload) };
}

export class IdentityRefused extends Error {}

/** Remembers nonces for as long as their signature is valid, so each is accepted once per process. */
export class NonceLedger {
  private readonly seen = new Map<string, number>();
  /** Returns false when the nonce was seen before. */
  accept(nonce: string, expiresAt: number, now = Date.now()): boolean {
    if (this.seen.size > 10_000) for (const [n, until] of this.seen) if (until < now) this.seen.delete(n);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, expiresAt);
    return true;
  }
}

/** Checks the gateway's signature, age and nonce; returns the caller's identity or throws IdentityRefused. */
export function verifyIdentity(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  ledger: NonceLedger,
  now = Date.now(),
): Viewer {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string')
    throw new IdentityRefused('not signed by the gateway');
  const expected = Buffer.from(hmac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new IdentityRefused('bad signature');
  let signed: SignedIdentity;
  try {
    signed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedIdentity;
  } catch {
    throw new IdentityRefused('unreadable identity');
  }
  if (typeof signed.iat !== 'number' || Math.abs(now - signed.iat) > MAX_IDENTITY_AGE_MS) {
    throw new IdentityRefused('stale identity');
  }
  if (typeof signed.nonce !== 'string' || !ledger.accept(signed.nonce, signed.iat + MAX_IDENTITY_AGE_MS, now)) {
    throw new IdentityRefused('replayed identity');
  }
  return signed.viewer;
}
