import type { Request } from 'express';

/** What a feed was asked for: `?language=fr&country=MT`, both optional. */
export interface FeedParams {
  /** ISO 639-1 code of the language to read the stories in (a translation when one exists). */
  language: string | null;
  /** ISO 3166-1 alpha-2 code, upper case: only stories from this country. */
  countryCode: string | null;
}

export type FeedParamsResult = { ok: true; params: FeedParams } | { ok: false; message: string };

const KNOWN = new Set(['language', 'country']);

/**
 * Reads and checks a feed's query string. A value that is not a code, a parameter given twice or
 * one the feed does not know is the caller's mistake, answered with 400 rather than ignored: a feed
 * reader configured with a typo would otherwise silently show every story in every language.
 */
export function readFeedParams(query: Request['query']): FeedParamsResult {
  for (const name of Object.keys(query)) {
    if (!KNOWN.has(name))
      return { ok: false, message: `Unknown parameter "${name.slice(0, 40)}": use language and country.` };
  }
  const language = query.language;
  const country = query.country;
  if (language !== undefined && (typeof language !== 'string' || !/^[a-z]{2}$/.test(language))) {
    return { ok: false, message: 'language must be a two-letter ISO 639-1 code, e.g. "fr".' };
  }
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country))) {
    return { ok: false, message: 'country must be a two-letter ISO 3166-1 code, e.g. "MT".' };
  }
  return {
    ok: true,
    params: { language: language ?? null, countryCode: country ? country.toUpperCase() : null },
  };
}
