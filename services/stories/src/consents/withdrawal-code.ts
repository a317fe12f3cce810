import { createHash, randomBytes } from 'node:crypto';

/**
 * The private code a storyteller receives when their consent is recorded: with it alone, without an
 * account, they withdraw their consent (withdrawConsentWithCode).
 *
 * Format: 20 symbols of Crockford's base32 in groups of four, `7KQ2-XM9D-…`: 100 random bits, no
 * letters that look alike (no I, L, O, U), readable aloud over the phone and copied by hand from a
 * printed slip. Typing is forgiven: case, spaces, dashes and the look-alikes O→0, I/L→1 (see
 * `normalizeWithdrawalCode`).
 *
 * Only a hash is stored. It is a plain SHA-256 without a pepper on purpose: 100 bits from the system's
 * CSPRNG cannot be guessed from a leaked hash, and a pepper would tie every code a storyteller keeps
 * on paper for years to one server secret, whose rotation would silently void them all.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const WITHDRAWAL_CODE_SYMBOLS = 20;
const GROUP = 4;

/** A new code, formatted for people (`XXXX-XXXX-XXXX-XXXX-XXXX`). */
export function generateWithdrawalCode(): string {
  // 5 bits per symbol: take one random byte per symbol and keep its low 5 bits (256 is a multiple of
  // 32, so every symbol is equally likely).
  const bytes = randomBytes(WITHDRAWAL_CODE_SYMBOLS);
  const symbols = [...bytes].map((byte) => CROCKFORD_ALPHABET[byte & 31]).join('');
  return formatWithdrawalCode(symbols);
}

/** Groups the 20 symbols of a normalised code by four with dashes. */
export function formatWithdrawalCode(normalized: string): string {
  return normalized.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/**
 * The code as it was issued, from what a person typed: upper case, without spaces, dashes or other
 * separators, with the look-alikes read as Crockford reads them (O→0, I and L→1). Null when what is
 * left cannot be a code (wrong length, a symbol outside the alphabet such as U).
 */
export function normalizeWithdrawalCode(typed: string): string | null {
  const symbols = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212._/]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== WITHDRAWAL_CODE_SYMBOLS) return null;
  for (const symbol of symbols) if (!CROCKFORD_ALPHABET.includes(symbol)) return null;
  return symbols;
}

/** What is stored and looked up: the SHA-256 of the normalised code, hex. */
export function hashWithdrawalCode(normalized: string): string {
  return createHash('sha256').update(`best:consent-withdrawal-code:${normalized}`).digest('hex');
}
