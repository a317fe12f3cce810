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

const DE: ManualLabels = {
  series: 'B.E.S.T.-Handbuch guter Praxis',
  draft: 'Entwurf: nicht veröffentlicht',
  publishedOn: (date) => `Veröffentlicht am ${date}`,
  updatedOn: (date) => `Zuletzt geändert am ${date}`,
  contents: 'Inhalt',
  chapter: (position) => `Kapitel ${position}`,
  emptyChapter: 'Dieses Kapitel enthält noch keine gute Praxis.',
  nationalAward: (title) => `Nationale gute Praxis: ${title}`,
  whatWorks: 'Was funktioniert',
  lessons: 'Was wir gelernt haben',
  transferability: 'Wie man sie überträgt',
  aboutInitiative: 'Die Initiative',
  challenge: 'Die Herausforderung',
  goals: 'Ziele',
  howItWorks: 'So funktioniert es',
  beneficiaries: 'Wer davon profitiert',
  results: 'Ergebnisse',
  evaluation: 'Evaluation',
  funding: 'Finanzierung',
  participants: (locals, migrants, volunteers) =>
    `${locals} Teilnehmende aus dem Ort und ${migrants} Geflüchtete, ${volunteers} Ehrenamtliche`,
  stories: 'Geschichten',
  toldBy: (name) => `Erzählt von ${name}`,
  workshopLessons: 'Erkenntnisse aus den Workshops',
};

const FR: ManualLabels = {
  series: 'Manuel B.E.S.T. des bonnes pratiques',
  draft: 'Brouillon : non publié',
  publishedOn: (date) => `Publié le ${date}`,
  updatedOn: (date) => `Modifié le ${date}`,
  contents: 'Sommaire',
  chapter: (position) => `Chapitre ${position}`,
  emptyChapter: 'Ce chapitre ne contient encore aucune bonne pratique.',
  nationalAward: (title) => `Bonne pratique nationale : ${title}`,
  whatWorks: 'Ce qui fonctionne',
  lessons: 'Enseignements',
  transferability: 'Comment la transposer',
  aboutInitiative: 'L’initiative',
  challenge: 'Le défi',
  goals: 'Objectifs',
  howItWorks: 'Fonctionnement',
  beneficiaries: 'Bénéficiaires',
  results: 'Résultats',
  evaluation: 'Évaluation',
  funding: 'Financement',
  participants: (locals, migrants, volunteers) =>
    `${locals} participants locaux et ${migrants} participants exilés, ${volunteers} bénévoles`,
  stories: 'Récits',
  toldBy: (name) => `Raconté par ${name}`,
  workshopLessons: 'Enseignements des ateliers',
};

const IT: ManualLabels = {
  series: 'Manuale B.E.S.T. delle buone pratiche',
  draft: 'Bozza: non pubblicato',
  publishedOn: (date) => `Pubblicato il ${date}`,
  updatedOn: (date) => `Modificato il ${date}`,
  contents: 'Indice',
  chapter: (position) => `Capitolo ${position}`,
  emptyChapter: 'Questo capitolo non contiene ancora buone pratiche.',
  nationalAward: (title) => `Buona pratica nazionale: ${title}`,
  whatWorks: 'Che cosa funziona',
  lessons: 'Lezioni apprese',
  transferability: 'Come trasferirla',
  aboutInitiative: 'L’iniziativa',
  challenge: 'La sfida',
  goals: 'Obiettivi',
  howItWorks: 'Come funziona',
  beneficiaries: 'Chi ne beneficia',
  results: 'Risultati',
  evaluation: 'Valutazione',
  funding: 'Finanziamento',
  participants: (locals, migrants, volunteers) =>
    `${locals} partecipanti locali e ${migrants} partecipanti rifugiati, ${volunteers} volontari`,
  stories: 'Storie',
  toldBy: (name) => `Raccontata da ${name}`,
  workshopLessons: 'Lezioni dai workshop',
};

/** The languages of the web client's catalogues; a manual in another language gets English labels. */
const CATALOGUES: Readonly<Record<string, ManualLabels>> = { en: EN, de: DE, fr: FR, it: IT };

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
