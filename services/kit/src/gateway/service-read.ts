import { createHmac } from 'node:crypto';
import { IdentityRefused, NonceLedger, signIdentity, verifyIdentity } from '../identity/identity-signature';
import { SYSTEM } from '../identity/viewer';

/** Names the subgraph reading through the gateway; the signature covers it through the signed identity. */
export const SERVICE_HEADER = 'x-best-service';

/**
 * The key a subgraph signs its reads through the gateway with: derived from the shared identity
 * secret for this one purpose, so a header the gateway signed for a subgraph is never accepted by the
 * gateway as a service read, nor a service read's header by a subgraph as the gateway's.
 */
export const serviceReadKey = (secret: string) =>
  createHmac('sha256', secret).update('best:service-read-through-gateway').digest('base64url');

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** The headers that make a request to the gateway a read by `service` (signed, dated, used once). */
export function signServiceRead(service: string, secret: string, now = Date.now()): Record<string, string> {
  if (!SERVICE_NAME.test(service)) throw new Error(`"${service}" is not a service name`);
  return {
    ...signIdentity({ ...SYSTEM, displayName: `${service} subgraph` }, serviceReadKey(secret), now),
    [SERVICE_HEADER]: service,
  };
}

/**
 * The gateway's check of a service read: the signature (with the derived key), its age and its
 * nonce as for any signed identity, and a signed SYSTEM identity naming the same service as the
 * header. Returns the service's name or throws IdentityRefused.
 */
export function verifyServiceRead(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  ledger: NonceLedger,
  now = Date.now(),
): string {
  const service = headers[SERVICE_HEADER];
  if (typeof service !== 'string' || !SERVICE_NAME.test(service)) throw new IdentityRefused('no service named');
  const viewer = verifyIdentity(headers, serviceReadKey(secret), ledger, now);
  if (viewer.kind !== 'SYSTEM' || viewer.displayName !== `${service} subgraph`) {
    throw new IdentityRefused('not a service identity');
  }
  return service;
}
