import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the session token the browser keeps in its cookie. */
export const newSessionToken = () => randomBytes(32).toString('base64url');

/** What a session token looks like; anything else is refused before the database is asked. */
export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * SHA-256, hex. A plain fast hash is right here (unlike passwords): the tokens are 256 random bits,
 * so there is nothing to guess, and a lookup by hash stays one index probe per request.
 */
export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
