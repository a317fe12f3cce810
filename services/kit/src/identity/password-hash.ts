import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored as `scrypt$<N>$<r>$<p>$<salt>$<hash>` (salt and hash base64url): the string
 * carries its own parameters, so a later change of cost still verifies every stored password and
 * `needsRehash` tells which ones to upgrade at their next sign-in. scrypt is in node itself (no
 * dependency) and slow and memory-hard by design: N=2^15, r=8 costs ~32 MiB and ~100 ms per guess.
 */
export const PASSWORD_HASH_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Longer inputs only cost CPU: refuse them before hashing (a 1 MB "password" is an attack, not a password). */
export const MAX_PASSWORD_LENGTH = 512;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // node's default maxmem (32 MiB) is exactly 128*N*r for these parameters and would refuse them.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  if (password.length > MAX_PASSWORD_LENGTH) throw new RangeError('password too long');
  const salt = randomBytes(SALT_LENGTH);
  const { N, r, p } = PASSWORD_HASH_PARAMS;
  const key = await derive(password, salt, PASSWORD_HASH_PARAMS);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Bounds keep a corrupted or planted row from turning one sign-in into a memory bomb.
  if (!Number.isInteger(N) || N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0) return null;
  if (!Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  if (salt.length < 8 || key.length !== KEY_LENGTH) return null;
  return { N, r, p, salt, key };
}

/** True when `password` matches `stored`; a malformed stored hash never matches. Compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed);
  return timingSafeEqual(key, parsed.key);
}

/** True when `stored` was made with other parameters than today's (re-hash it at the next successful sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  const { N, r, p } = PASSWORD_HASH_PARAMS;
  return !parsed || parsed.N !== N || parsed.r !== r || parsed.p !== p;
}

let decoy: Promise<string> | null = null;

/**
 * Spends the same time as checking a real password, for sign-ins with an unknown email: the answer
 * and its timing must not tell whether an account exists.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await decoy);
  return false;
}
