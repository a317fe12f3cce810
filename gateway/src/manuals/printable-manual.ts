import type { ConsentChannel, Manual, ManualChapter, ManualStory, ManualWorkshopOutcome } from './manual.operation';

/**
 * Whether a story's current consent lets it appear on `channel` at `now`: neither withdrawn nor
 * expired, and naming the channel. The same meaning as `consentCovers` in the stories subgraph
 * (services/stories/src/publications/publication.rules.ts), which refuses to record a publication
 * otherwise; `Story.consent` is always the current consent, so "not superseded" holds already.
 */
export function consentCovers(
  consent: NonNullable<ManualStory['consent']>,
  channel: ConsentChannel,
  now: Date,
): boolean {
  return (
    consent.withdrawnAt === null &&
    (consent.expiresAt === null || new Date(consent.expiresAt).getTime() > now.getTime()) &&
    consent.channels.includes(channel)
  );
}

/**
 * Whether a story may be printed in a manual. The caller's read rule has already been applied by
 * the stories subgraph, but staff read stories with a NETWORK or INTERNAL consent too, and a public
 * consent may name only some channels: a manual is a printed publication (its HTML is the same
 * document), so whoever renders it, only PUBLISHED stories whose current consent is PUBLIC and
 * covers PRINT (neither withdrawn nor expired) are kept.
 */
export function isPrintableStory(story: ManualStory, now: Date): boolean {
  const consent = story.consent;
  if (story.status !== 'PUBLISHED' || !consent || consent.scope !== 'PUBLIC') return false;
  return consentCovers(consent, 'PRINT', now);
}

/** A story's text in the manual's language when it is translated into it, otherwise as it was told. */
export function storyTextIn(story: ManualStory, language: string) {
  const translation = story.translations.find((t) => t.language === language);
  const { title, summary, text } = translation ?? story;
  return { language: translation?.language ?? story.language, title, summary, text };
}

/** The lessons learned in workshops that cite an initiative (other outcome kinds stay out of the manual). */
export const workshopLessons = (outcomes: readonly ManualWorkshopOutcome[]) =>
  outcomes.filter((o) => o.kind === 'LESSON_LEARNED');

/** Chapters in their position order, whatever order they arrived in. */
export const chaptersInOrder = (manual: Manual): ManualChapter[] =>
  [...manual.chapters].sort((a, b) => a.position - b.position);

/**
 * A file name for the PDF from the manual's title: lower-case ASCII words joined by dashes (accents
 * dropped), at most 80 characters; `manual-<id>` when nothing is left. Safe inside a quoted
 * Content-Disposition filename.
 */
export function manualSlug(manual: Pick<Manual, 'id' | 'title'>): string {
  const slug = manual.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || `manual-${manual.id.replace(/[^A-Za-z0-9-]/g, '')}`;
}

/** Plain text with blank lines between paragraphs, as paragraphs of lines. */
export const paragraphsOf = (text: string): string[][] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('\n').map((line) => line.trim()));
