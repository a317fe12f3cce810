import { createHash } from 'node:crypto';

/** Fixed namespace for every demo id; changing it changes every id in the demo data. */
const DEMO_NAMESPACE = '6f1d2c3b-8a4e-5b7f-9c0d-1e2f3a4b5c6d';

const namespaceBytes = Buffer.from(DEMO_NAMESPACE.replace(/-/g, ''), 'hex');

/**
 * A deterministic UUID (RFC 4122 version 5 layout: SHA-1 over namespace + name) for a demo record,
 * e.g. `demoId('organization', 'associazione-ponti-aperti')`. Same kind and key, same id, always.
 */
export function demoId(kind: string, key: string | number): string {
  const hash = createHash('sha1')
    .update(namespaceBytes)
    .update(`${kind}:${String(key)}`, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
