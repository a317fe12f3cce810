/**
 * The ranking of an edition's nominations, as plain functions of the submitted scorecards.
 *
 * Raw score of one scorecard, on 0–100: each criterion's score placed on its own scale,
 * (score − lowest level) / (highest level − lowest level), then weighted by the criterion's weight:
 *   card = 100 · Σ weight_c · (score_c − min_c) / (max_c − min_c) / Σ weight_c
 * over the criteria the card scores (a submitted card scores them all). A criterion whose scale has a
 * single level says nothing and is left out of both sums. A nomination's raw score is the mean of its
 * submitted cards.
 *
 * Normalised score: a harsh and a lenient juror should count the same, so each juror's card totals
 * are turned into z-scores across the nominations that juror scored in the edition,
 *   z = (card − mean of the juror's cards) / standard deviation of the juror's cards (population),
 * and a nomination's normalised score is the mean of its cards' z-scores. A juror with a single card,
 * or whose cards are all equal, tells nothing about their own scale: their cards count z = 0.
 *
 * Ties, in the ranking asked for (TIE_RULES): the higher score of that ranking, then the higher score
 * of the other ranking, then more submitted scorecards; still equal is a shared rank (1, 2, 2, 4),
 * never broken by id or submission order. Nominations without a submitted scorecard come last,
 * sharing their rank. Scores closer than 1e-9 are equal (floating point).
 */

/** One criterion of the edition's guideline, as the ranking needs it. */
export interface RankedCriterion {
  key: string;
  weight: number;
  levels: number[];
}

/** One submitted scorecard: whose, for which nomination, its scores by criterion key. */
export interface SubmittedCard {
  nominationId: string;
  jurorAccountId: string;
  scores: Record<string, number>;
}

/** What the ranking knows of one nomination besides its cards. */
export interface RankedNomination {
  nominationId: string;
  /** Jurors of the edition who have not declared a conflict with it: the cards it should get. */
  expectedCards: number;
}

export interface RankingRow {
  nominationId: string;
  rawScore: number | null;
  normalisedScore: number | null;
  rawRank: number;
  normalisedRank: number;
  submittedCards: number;
  /** Jurors without a conflict who have not submitted a card; 0 when none is missing. */
  missingCards: number;
  rawTied: boolean;
  normalisedTied: boolean;
}

export const TIE_RULES =
  'Higher score in the chosen ranking, then higher score in the other ranking, then more submitted ' +
  'scorecards; still equal is a shared rank (1, 2, 2, 4), never broken by id or order of submission. ' +
  'Nominations without a submitted scorecard come last, sharing their rank.';

const EPSILON = 1e-9;

/** The weighted total of one card on 0–100, or null when no criterion it scores can be placed on a scale. */
export function cardScore(criteria: readonly RankedCriterion[], scores: Record<string, number>): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key];
    if (score == null || !criterion.levels.length) continue;
    const min = Math.min(...criterion.levels);
    const max = Math.max(...criterion.levels);
    if (max === min) continue;
    weighted += criterion.weight * ((score - min) / (max - min));
    weights += criterion.weight;
  }
  return weights > 0 ? (100 * weighted) / weights : null;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Each value's z-score among `values`; all 0 for one value or no spread. */
export function zScores(values: readonly number[]): number[] {
  if (values.length < 2) return values.map(() => 0);
  const average = mean(values);
  const deviation = Math.sqrt(mean(values.map((v) => (v - average) ** 2)));
  return deviation < EPSILON ? values.map(() => 0) : values.map((v) => (v - average) / deviation);
}

/** Compares two nullable scores, higher first; a missing score after any score. 0 when equal. */
function byScore(a: number | null, b: number | null): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return Math.abs(a - b) < EPSILON ? 0 : b - a;
}

type Scored = Pick<RankingRow, 'nominationId' | 'rawScore' | 'normalisedScore' | 'submittedCards'>;

/** The order of TIE_RULES for one ranking: 0 means the two share a rank. */
export function compareForRanking(a: Scored, b: Scored, normalised: boolean): number {
  const [first, second]: (keyof Scored)[] = normalised
    ? ['normalisedScore', 'rawScore']
    : ['rawScore', 'normalisedScore'];
  return (
    byScore(a[first] as number | null, b[first] as number | null) ||
    byScore(a[second] as number | null, b[second] as number | null) ||
    b.submittedCards - a.submittedCards
  );
}

/** Competition ranks (1, 2, 2, 4) by `compare`, and whether each shares its rank. */
export function ranks<T>(items: readonly T[], compare: (a: T, b: T) => number): { rank: number; tied: boolean }[] {
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => compare(a.item, b.item));
  const result: { rank: number; tied: boolean }[] = new Array(items.length);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    const rank = previous && compare(previous.item, entry.item) === 0 ? result[previous.index].rank : position + 1;
    result[entry.index] = { rank, tied: false };
  });
  for (let i = 0; i < items.length; i++) {
    result[i].tied = result.some((other, j) => j !== i && other.rank === result[i].rank);
  }
  return result;
}

/** Both rankings of the nominations, side by side, in the nominations' given order. */
export function rankNominations(
  criteria: readonly RankedCriterion[],
  nominations: readonly RankedNomination[],
  cards: readonly SubmittedCard[],
): RankingRow[] {
  const ranked = new Set(nominations.map((n) => n.nominationId));
  const totals = cards
    .filter((card) => ranked.has(card.nominationId))
    .map((card) => ({ ...card, total: cardScore(criteria, card.scores) }))
    .filter((card): card is SubmittedCard & { total: number } => card.total != null);

  const z = new Map<(typeof totals)[number], number>();
  const byJuror = new Map<string, typeof totals>();
  for (const card of totals) byJuror.set(card.jurorAccountId, [...(byJuror.get(card.jurorAccountId) ?? []), card]);
  for (const jurorCards of byJuror.values()) {
    const scores = zScores(jurorCards.map((card) => card.total));
    jurorCards.forEach((card, index) => z.set(card, scores[index]));
  }

  const scored: Scored[] = nominations.map(({ nominationId }) => {
    const own = totals.filter((card) => card.nominationId === nominationId);
    return {
      nominationId,
      rawScore: own.length ? mean(own.map((card) => card.total)) : null,
      normalisedScore: own.length ? mean(own.map((card) => z.get(card)!)) : null,
      submittedCards: own.length,
    };
  });
  const raw = ranks(scored, (a, b) => compareForRanking(a, b, false));
  const normalised = ranks(scored, (a, b) => compareForRanking(a, b, true));
  return scored.map((row, index) => ({
    ...row,
    rawRank: raw[index].rank,
    normalisedRank: normalised[index].rank,
    rawTied: raw[index].tied,
    normalisedTied: normalised[index].tied,
    missingCards: Math.max(0, nominations[index].expectedCards - row.submittedCards),
  }));
}
