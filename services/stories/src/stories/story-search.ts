/**
 * Search words as the database compares them. A story's title, summary and text, and those of its
 * translations, are indexed through unaccent() and the 'simple' configuration (lower case, no
 * stemming; migration 1770000100000). A query word is folded the same way (kit searchWords) and matched
 * as a prefix of indexed words ("famil" finds "families", "ecole" finds "École").
 */

/** The longest search accepted, in characters. */
export const MAX_SEARCH_LENGTH = 200;
