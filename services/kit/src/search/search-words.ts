/**
 * Search words as PostgreSQL compares them. Subgraphs index text through unaccent() and the
 * 'simple' configuration (lower case, no stemming); a query word is folded the same way here and
 * matched as a prefix of indexed words ("famil" finds "families", "ecole" finds "École").
 */

/** More words than this add nothing but cost. */
export const MAX_SEARCH_WORDS = 8;

// Letters that unaccent() rewrites but Unicode decomposition leaves alone.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
};

/** Lower case, accents and special letters folded: "Iași" → "iasi", "Straße" → "strasse". */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[ßẞæœøłđħıþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * The words of a query, folded, without duplicates, at most MAX_SEARCH_WORDS. Only letters and
 * digits remain, so a word is always safe inside a tsquery (no operators, no quotes).
 */
export function searchWords(query: string): string[] {
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).flatMap((w) => w.match(/[\p{L}\p{N}]+/gu) ?? []);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** `word:*` joined with `op` (every word by default), for to_tsquery('simple', …). */
export const prefixQuery = (words: readonly string[], op: '&' | '|' = '&'): string =>
  words.map((word) => `${word}:*`).join(` ${op} `);
