// The results page's arithmetic: the server ranks (docs/access-rules.md, results); the page only
// puts its two rankings side by side and turns the decision form's choices into the mutation's input.

/** One nomination's row of the results, as far as the side-by-side view needs it. */
export interface RankedRow {
  nominationId: string;
  rawRank: number | null;
  normalisedRank: number | null;
}

/** The rows of one ranking, best first, each marked when it shares its rank with another. */
export interface RankingColumn<T> {
  rows: { row: T; rank: number | null; tied: boolean }[];
}

function column<T extends RankedRow>(rows: readonly T[], rankOf: (row: T) => number | null): RankingColumn<T> {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const rank = rankOf(row);
    if (rank !== null) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  }
  const sorted = [...rows].sort((a, b) => (rankOf(a) ?? Infinity) - (rankOf(b) ?? Infinity));
  return {
    rows: sorted.map((row) => {
      const rank = rankOf(row);
      return { row, rank, tied: rank !== null && (counts.get(rank) ?? 0) > 1 };
    }),
  };
}

/** The raw and the normalised ranking of the same rows, each in its own order. */
export function sideBySide<T extends RankedRow>(
  rows: readonly T[],
): { raw: RankingColumn<T>; normalised: RankingColumn<T> } {
  return { raw: column(rows, (r) => r.rawRank), normalised: column(rows, (r) => r.normalisedRank) };
}

/** Whether a nomination ranks differently in the two rankings (the page points it out). */
export const movesBetweenRankings = (row: RankedRow): boolean =>
  row.rawRank !== null && row.normalisedRank !== null && row.rawRank !== row.normalisedRank;

/** What the decision form offers for each nomination. */
export type DecisionChoice = 'WINNER' | 'FINALIST' | 'SPECIAL_MENTION' | 'NOT_SELECTED';

/** The nominations the form's choices name, as `recordAwardDecision` takes them. */
export function decisionLists(choices: Readonly<Record<string, DecisionChoice>>): {
  winners: string[];
  finalists: string[];
  specialMentions: string[];
} {
  const named = (choice: DecisionChoice) =>
    Object.entries(choices)
      .filter(([, value]) => value === choice)
      .map(([id]) => id);
  return { winners: named('WINNER'), finalists: named('FINALIST'), specialMentions: named('SPECIAL_MENTION') };
}
