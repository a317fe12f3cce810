/** The fixed words of a printed manual, in the manual's language. */
export interface ManualLabels {
  series: string;
  draft: string;
  publishedOn: (date: string) => string;
  updatedOn: (date: string) => string;
  contents: string;
  chapter: (position: number) => string;
  emptyChapter: string;
  nationalAward: (title: string) => string;
  whatWorks: string;
  lessons: string;
  transferability: string;
  aboutInitiative: string;
  challenge: string;
  goals: string;
  howItWorks: string;
  beneficiaries: string;
  results: string;
  evaluation: string;
  funding: string;
  participants: (locals: number, migrants: number, volunteers: number) => string;
  stories: string;
  toldBy: (name: string) => string;
  workshopLessons: string;
}

const EN: ManualLabels = {
  series: 'B.E.S.T. manual of best practices',
  draft: 'Draft: not published',
  publishedOn: (date) => `Published on ${date}`,
  updatedOn: (date) => `Last changed on ${date}`,
  contents: 'Contents',
  chapter: (position) => `Chapter ${position}`,
  emptyChapter: 'No best practice in this chapter yet.',
  nationalAward: (title) => `National best practice: ${title}`,
  whatWorks: 'What works',
  lessons: 'Lessons learned',
  transferability: 'How to transfer it',
  aboutInitiative: 'The initiative',
  challenge: 'The challenge',
  goals: 'Goals',
  howItWorks: 'How it works',
  beneficiaries: 'Who benefits',
  results: 'Results',
  evaluation: 'Evaluation',
  funding: 'Funding',
  participants: (locals, migrants, volunteers) =>
    `${locals} local and ${migrants} forced-migrant participants, ${volunteers} volunteers`,
  stories: 'Stories',
  toldBy: (name) => `Told by ${name}`,
  workshopLessons: 'Lessons from the workshops',
};

const CATALOGUES: Readonly<Record<string, ManualLabels>> = { en: EN };

/** The labels in `language`; English for a language without a catalogue yet. */
export const manualLabels = (language: string): ManualLabels => CATALOGUES[language] ?? EN;

/** A date as people of `language` write it, e.g. "3 December 2026"; ISO if the language is unknown to Intl. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
