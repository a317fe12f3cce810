/**
 * Languages offered when choosing a story's language or a translation: those of the network's
 * countries and the most common languages of storytellers who came to them. The server accepts any
 * ISO 639-1 code; this is only the list a person picks from.
 */
export const STORY_LANGUAGES = [
  'en',
  'fr',
  'it',
  'de',
  'es',
  'pt',
  'nl',
  'mt',
  'ro',
  'hr',
  'ar',
  'fa',
  'ps',
  'ti',
  'so',
  'uk',
  'tr',
] as const;
