import { randomBytes } from 'node:crypto';

/**
 * A token reads `best_<8 characters>_<43 characters>`: the first part (the prefix) is stored in the
 * clear to recognise the token, the second is 32 random bytes. Only the SHA-256 of the whole
 * string is stored; a lookup by that hash finds the token in one index probe.
 */
export const API_TOKEN_PATTERN = /^best_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/;

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newApiTokenSecret(): { token: string; prefix: string } {
  const prefix = `best_${Array.from(randomBytes(8), (byte) => PREFIX_ALPHABET[byte % PREFIX_ALPHABET.length]).join('')}`;
  return { prefix, token: `${prefix}_${randomBytes(32).toString('base64url')}` };
}
