import { cardScore, type RankedCriterion } from './ranking';

/**
 * The calibration of national juries, as plain functions of their submitted scorecards: how each
 * jury scored against the others judging by versions of the same guideline.
 *
 * Per edition and criterion: the mean and the standard deviation (population) of the scores its
 * submitted scorecards gave that criterion, in the criterion's scale points, and how many scores fell
 * on each level of its scale. Per edition: the mean weighted score of its scorecards on 0–100 (the
 * raw score of `ranking.ts`). Each difference is the edition's mean minus the mean of the compared
 * editions' means, every edition counting once however large its jury (a big jury does not set the
 * norm for a small one); criteria are compared by key, among the editions whose scorecards scored it.
 *
 * Per juror: the mean and standard deviation of their scorecards' weighted scores and the difference
 * from their jury's mean, numbered from the lowest mean (juror 1, the harshest) to the highest, equal
 * means by more scorecards first; never who they are. A juror with one scorecard has a standard
 * deviation of 0.
 */

/** One criterion of an edition's guideline version, as the calibration needs it. */
export interface CalibratedCriterion extends RankedCriterion {
  name: string;
}

/** One submitted scorecard: whose, and its scores by criterion key. */
export interface CalibratedCard {
  jurorAccountId: string;
  scores: Record<string, number>;
}

/** What the calibration knows of one edition: its criteria and its submitted scorecards. */
export interface CalibratedEdition {
  editionId: string;
  criteria: readonly CalibratedCriterion[];
  cards: readonly CalibratedCard[];
}

export interface LevelCount {
  score: number;
  count: number;
}

export interface CriterionCalibration {
  key: string;
  name: string;
  /** Scores given to this criterion: one per submitted scorecard that scored it. */
  scores: number;
  mean: number | null;
  standardDeviation: number | null;
  /** Every level of the criterion's scale, lowest first, with the number of scores on it. */
  distribution: LevelCount[];
  /** The edition's mean minus the mean of the compared editions' means for this key. */
  difference: number | null;
}

export interface JurorCalibration {
  /** 1 for the juror with the lowest mean weighted score, n for the highest. */
  number: number;
  scorecards: number;
  meanWeightedScore: number;
  standardDeviation: number;
  /** The juror's mean minus the mean weighted score of all their jury's scorecards. */
  differenceFromJury: number;
}

export interface EditionCalibration {
  editionId: string;
  submittedScorecards: number;
  meanWeightedScore: number | null;
  weightedScoreDifference: number | null;
  criteria: CriterionCalibration[];
  jurors: JurorCalibration[];
}

export interface CriterionNorm {
  key: string;
  name: string;
  /** Mean of the editions' means for this key; null when no edition scored it. */
  mean: number | null;
  /** Editions whose scorecards scored this key. */
  editions: number;
}

export interface Calibration {
  editions: EditionCalibration[];
  /** Every criterion key of the compared editions, in the order they first appear. */
  criteria: CriterionNorm[];
  /** Mean of the editions' mean weighted scores; null when no edition has a submitted scorecard. */
  meanWeightedScore: number | null;
}

/** The arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

/** The population standard deviation (as the z-scores of the ranking use); null for no values. */
export function standardDeviation(values: readonly number[]): number | null {
  const average = mean(values);
  if (average == null) return null;
  return Math.sqrt(mean(values.map((v) => (v - average) ** 2))!);
}

/** How many of `scores` fell on each of `levels`, lowest level first; a score off the scale counts nowhere. */
export function distribution(levels: readonly number[], scores: readonly number[]): LevelCount[] {
  return [...new Set(levels)]
    .sort((a, b) => a - b)
    .map((score) => ({ score, count: scores.filter((s) => s === score).length }));
}

/** Lower mean first; means closer than 1e-9 are equal (floating point). */
const byMean = (a: number, b: number) => (Math.abs(a - b) < 1e-9 ? 0 : a - b);

/** Each juror's spread, numbered from the lowest mean weighted score to the highest. */
export function jurorSpread(
  criteria: readonly RankedCriterion[],
  cards: readonly CalibratedCard[],
): JurorCalibration[] {
  const totals = new Map<string, number[]>();
  const all: number[] = [];
  for (const card of cards) {
    const total = cardScore(criteria, card.scores);
    if (total == null) continue;
    totals.set(card.jurorAccountId, [...(totals.get(card.jurorAccountId) ?? []), total]);
    all.push(total);
  }
  const jury = mean(all);
  return [...totals.values()]
    .map((own) => ({
      scorecards: own.length,
      meanWeightedScore: mean(own)!,
      standardDeviation: standardDeviation(own)!,
      differenceFromJury: mean(own)! - jury!,
    }))
    .sort((a, b) => byMean(a.meanWeightedScore, b.meanWeightedScore) || b.scorecards - a.scorecards)
    .map((juror, index) => ({ number: index + 1, ...juror }));
}

function editionAlone(edition: CalibratedEdition): Omit<EditionCalibration, 'weightedScoreDifference'> {
  const totals = edition.cards
    .map((card) => cardScore(edition.criteria, card.scores))
    .filter((total): total is number => total != null);
  return {
    editionId: edition.editionId,
    submittedScorecards: edition.cards.length,
    meanWeightedScore: mean(totals),
    criteria: edition.criteria.map((criterion) => {
      const scores = edition.cards
        .map((card) => card.scores[criterion.key])
        .filter((score): score is number => typeof score === 'number');
      return {
        key: criterion.key,
        name: criterion.name,
        scores: scores.length,
        mean: mean(scores),
        standardDeviation: standardDeviation(scores),
        distribution: distribution(criterion.levels, scores),
        difference: null,
      };
    }),
    jurors: jurorSpread(edition.criteria, edition.cards),
  };
}

const minus = (value: number | null, norm: number | null) => (value == null || norm == null ? null : value - norm);

/** Every edition's calibration, each compared with the mean of all the editions given. */
export function calibrate(editions: readonly CalibratedEdition[]): Calibration {
  const alone = editions.map(editionAlone);
  const norms = new Map<string, CriterionNorm & { means: number[] }>();
  for (const edition of alone) {
    for (const criterion of edition.criteria) {
      const norm = norms.get(criterion.key) ?? {
        key: criterion.key,
        name: criterion.name,
        mean: null,
        editions: 0,
        means: [],
      };
      if (criterion.mean != null) norm.means.push(criterion.mean);
      norms.set(criterion.key, norm);
    }
  }
  for (const norm of norms.values()) {
    norm.mean = mean(norm.means);
    norm.editions = norm.means.length;
  }
  const meanWeightedScore = mean(alone.flatMap((e) => (e.meanWeightedScore == null ? [] : [e.meanWeightedScore])));
  return {
    editions: alone.map((edition) => ({
      ...edition,
      weightedScoreDifference: minus(edition.meanWeightedScore, meanWeightedScore),
      criteria: edition.criteria.map((c) => ({ ...c, difference: minus(c.mean, norms.get(c.key)!.mean) })),
    })),
    criteria: [...norms.values()].map(({ means: _means, ...norm }) => norm),
    meanWeightedScore,
  };
}
