/**
 * Search words as the database compares them. Text is indexed through PostgreSQL's unaccent()
 * and the 'simple' configuration (lower case, no stemming); a query word is folded the same way
 * here (kit searchWords) and then matched as a prefix of indexed words ("famil" finds "families") or, for words of
 * four letters or more, by trigram similarity (a typo still finds something).
 */

/** Shorter words only match as prefixes: trigrams of two letters match almost anything. */
export const MIN_FUZZY_LENGTH = 4;
/**
 * Word similarity (pg_trgm) a query word needs with some stretch of title, city or summary. 0.5
 * lets one wrong letter through in words of five letters or more ("Zagrab" finds "Zagreb", 0.57;
 * "Koeln" finds "Köln", 0.5); pg_trgm's default of 0.6 refuses most of them.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
