import { decisionLists, movesBetweenRankings, sideBySide } from '../src/routes/awards/ResultsRankings';

// The results page puts the server's two rankings side by side (src/routes/awards/ResultsRankings.ts).

// The French demo edition's shape: the first nomination ranks second raw (a lenient juror declared a
// conflict with it) and first normalised; the third and fourth tie in both rankings.
const rows = [
  { nominationId: 'n1', rawRank: 2, normalisedRank: 1 },
  { nominationId: 'n2', rawRank: 1, normalisedRank: 2 },
  { nominationId: 'n3', rawRank: 3, normalisedRank: 3 },
  { nominationId: 'n4', rawRank: 3, normalisedRank: 3 },
  { nominationId: 'n5', rawRank: null, normalisedRank: null },
];

describe('the rankings side by side', () => {
  it('orders each ranking by its own rank, unranked nominations last', () => {
    const { raw, normalised } = sideBySide(rows);
    expect(raw.rows.map((r) => r.row.nominationId)).toEqual(['n2', 'n1', 'n3', 'n4', 'n5']);
    expect(normalised.rows.map((r) => r.row.nominationId)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('marks the nominations that share a rank, and no unranked one', () => {
    const { raw } = sideBySide(rows);
    expect(raw.rows.map((r) => [r.row.nominationId, r.tied])).toEqual([
      ['n2', false],
      ['n1', false],
      ['n3', true],
      ['n4', true],
      ['n5', false],
    ]);
  });

  it('points out a nomination whose rank differs between the rankings', () => {
    expect(rows.filter(movesBetweenRankings).map((r) => r.nominationId)).toEqual(['n1', 'n2']);
  });
});

describe('the decision form', () => {
  it('turns each choice into the list the mutation takes; not selected is left out', () => {
    expect(
      decisionLists({ n1: 'WINNER', n2: 'FINALIST', n3: 'FINALIST', n4: 'SPECIAL_MENTION', n5: 'NOT_SELECTED' }),
    ).toEqual({ winners: ['n1'], finalists: ['n2', 'n3'], specialMentions: ['n4'] });
  });
});
