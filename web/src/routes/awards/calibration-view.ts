// The calibration page's small rules: how the server's figures are laid out side by side. The
// figures themselves (means, spreads, differences) are the server's (awardCalibration); nothing is
// recomputed here.

/** How many scores fell on one level of a criterion's scale. */
export interface LevelCount {
  score: number;
  count: number;
}

/** One criterion as one edition's jury scored it. */
export interface CriterionFigures {
  key: string;
  name: string;
  scores: number;
  mean: number | null;
  standardDeviation: number | null;
  difference: number | null;
  distribution: readonly LevelCount[];
}

/** One anonymous juror of an edition. */
export interface JurorFigures {
  number: number;
  scorecards: number;
  meanWeightedScore: number;
  standardDeviation: number;
  differenceFromJury: number;
}

/** One edition compared. */
export interface EditionFigures {
  edition: { id: string; title: string };
  countryCode: string;
  year: number;
  phase: string;
  guidelineVersion: number;
  jurors: number;
  submittedScorecards: number;
  meanWeightedScore: number | null;
  weightedScoreDifference: number | null;
  criteria: readonly CriterionFigures[];
  /** null: the server does not show this edition's jurors to the reader (another country's). */
  jurorSpread: readonly JurorFigures[] | null;
}

/** Where a figure stands against the mean of the editions: shown as a word beside the number. */
export type Standing = 'ABOVE' | 'BELOW' | 'IN_LINE';

/**
 * ABOVE or BELOW when the difference still shows at the precision displayed, IN_LINE when it rounds
 * to 0 there (so the word never contradicts the number beside it); null without a difference.
 */
export function standing(difference: number | null, digits: number): Standing | null {
  if (difference === null) return null;
  const rounded = Math.round(Math.abs(difference) * 10 ** digits);
  if (rounded === 0) return 'IN_LINE';
  return difference > 0 ? 'ABOVE' : 'BELOW';
}

/** A difference with its sign always shown (+0.25, −1.10, 0.00), in the reader's language. */
export function signed(value: number, digits: number, locale: string): string {
  const shown = Number(value.toFixed(digits));
  const text = Math.abs(shown).toLocaleString(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (shown === 0) return text;
  return `${shown > 0 ? '+' : '−'}${text}`;
}

/** One criterion across the editions: each edition's figures for its key, or null when its version lacks it. */
export function criterionAcross(
  editions: readonly EditionFigures[],
  key: string,
): { edition: EditionFigures; figures: CriterionFigures | null }[] {
  return editions.map((edition) => ({
    edition,
    figures: edition.criteria.find((criterion) => criterion.key === key) ?? null,
  }));
}

/** Every scale level any edition's version has for one criterion, lowest first (versions may differ). */
export function levelsAcross(cells: readonly { figures: CriterionFigures | null }[]): number[] {
  const levels = new Set<number>();
  for (const cell of cells) for (const level of cell.figures?.distribution ?? []) levels.add(level.score);
  return [...levels].sort((a, b) => a - b);
}

/** The count of scores on `level` in one edition's distribution; null when its scale has no such level. */
export const countAt = (figures: CriterionFigures | null, level: number): number | null =>
  figures?.distribution.find((d) => d.score === level)?.count ?? null;

/** The criteria sets one may compare: each key once, named by its latest published version, by title. */
export function guidelineSets(
  guidelines: readonly { key: string; title: string; version: number; publishedAt?: unknown }[],
): { key: string; title: string }[] {
  const latest = new Map<string, { key: string; title: string; version: number }>();
  for (const guideline of guidelines) {
    if (guideline.publishedAt === null) continue;
    const known = latest.get(guideline.key);
    if (!known || guideline.version > known.version) latest.set(guideline.key, guideline);
  }
  return [...latest.values()]
    .map(({ key, title }) => ({ key, title }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.key.localeCompare(b.key));
}

/** Who may open the page: admins and national coordinators (the server decides; members and others are refused). */
export const calibratesJuries = (viewer: { role: string } | null | undefined): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';

/** The year asked for in the address, when it is one an edition may have (2000–2100); null otherwise. */
export function yearOf(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}
