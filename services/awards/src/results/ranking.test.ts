import { cardScore, rankNominations, ranks, type RankedCriterion, type SubmittedCard, zScores } from './ranking';

const FIVE = [1, 2, 3, 4, 5];
const CRITERIA: RankedCriterion[] = [
  { key: 'together', weight: 2, levels: FIVE },
  { key: 'regular-times', weight: 1, levels: FIVE },
];
const card = (nominationId: string, jurorAccountId: string, together: number, regular = together): SubmittedCard => ({
  nominationId,
  jurorAccountId,
  scores: { together, 'regular-times': regular },
});
const expecting = (ids: string[], expectedCards = 2) => ids.map((nominationId) => ({ nominationId, expectedCards }));

describe('cardScore', () => {
  it('places each criterion on its scale and weighs it: 0 for the lowest levels, 100 for the highest', () => {
    expect(cardScore(CRITERIA, { together: 1, 'regular-times': 1 })).toBe(0);
    expect(cardScore(CRITERIA, { together: 5, 'regular-times': 5 })).toBe(100);
    // (2 · 3/4 + 1 · 1/4) / 3 = 7/12
    expect(cardScore(CRITERIA, { together: 4, 'regular-times': 2 })).toBeCloseTo((100 * 7) / 12, 9);
  });

  it('leaves out a single-level criterion and a criterion the card does not score', () => {
    const withFlat = [...CRITERIA, { key: 'flat', weight: 5, levels: [3] }];
    expect(cardScore(withFlat, { together: 5, 'regular-times': 5, flat: 3 })).toBe(100);
    expect(cardScore(CRITERIA, { together: 5 })).toBe(100);
    expect(cardScore(CRITERIA, {})).toBeNull();
  });
});

describe('zScores', () => {
  it('gives a juror with a single card, or with equal cards, z = 0', () => {
    expect(zScores([70])).toEqual([0]);
    expect(zScores([40, 40, 40])).toEqual([0, 0, 0]);
  });

  it('centres and scales by the population standard deviation', () => {
    expect(zScores([0, 100])).toEqual([-1, 1]);
  });
});

describe('ranks', () => {
  it('shares a rank between equals and skips the ranks they take (1, 2, 2, 4)', () => {
    const result = ranks([9, 7, 7, 1], (a, b) => b - a);
    expect(result).toEqual([
      { rank: 1, tied: false },
      { rank: 2, tied: true },
      { rank: 2, tied: true },
      { rank: 4, tied: false },
    ]);
  });
});

describe('rankNominations', () => {
  it('a harsh and a lenient juror count the same once normalised: the raw and the normalised rankings differ', () => {
    // The lenient juror scored A, D and C (declaring a conflict with B) and put A first; the harsh juror
    // scored B and C (a conflict with A and D) and put B first. Raw: the lenient juror's generous numbers
    // lift A and D above B. Normalised: each juror's favourite is +z, and B is the harsh juror's clearest one.
    const rows = rankNominations(CRITERIA, expecting(['A', 'B', 'C', 'D']), [
      card('A', 'lenient', 5, 5),
      card('D', 'lenient', 5, 4),
      card('C', 'lenient', 3, 3),
      card('B', 'harsh', 3, 3),
      card('C', 'harsh', 1, 1),
    ]);
    expect(rows.map((row) => row.rawRank)).toEqual([1, 3, 4, 2]);
    expect(rows.map((row) => row.normalisedRank)).toEqual([2, 1, 4, 3]);
    expect(rows[0].rawScore).toBe(100);
    expect(rows[1].normalisedScore).toBeCloseTo(1, 9);
    expect(rows[2].rawScore).toBeCloseTo(25, 9); // (50 + 0) / 2
  });

  it('breaks an equal normalised score by the higher raw score', () => {
    // Both jurors have one card each: z = 0 for all; the raw scores decide.
    const rows = rankNominations(CRITERIA, expecting(['A', 'B'], 1), [card('A', 'j1', 3), card('B', 'j2', 4)]);
    expect(rows.map((r) => [r.normalisedScore, r.normalisedRank, r.normalisedTied])).toEqual([
      [0, 2, false],
      [0, 1, false],
    ]);
  });

  it('breaks an equal raw score by the higher normalised score', () => {
    // j1 gives A and B the same 3 but also scored C lower, so its 3s are above its mean; j2's are below.
    const rows = rankNominations(CRITERIA, expecting(['A', 'B', 'C']), [
      card('A', 'j1', 3),
      card('C', 'j1', 1),
      card('B', 'j2', 3),
      card('C', 'j2', 5),
    ]);
    // Every raw score is 50: A is above its juror's mean, C on both, B below its juror's.
    expect(rows.map((r) => r.rawScore)).toEqual([50, 50, 50]);
    expect(rows.map((r) => [r.rawRank, r.rawTied])).toEqual([
      [1, false],
      [3, false],
      [2, false],
    ]);
  });

  it('then ranks the nomination with more submitted scorecards first', () => {
    const rows = rankNominations(CRITERIA, expecting(['A', 'B']), [
      card('A', 'j1', 3),
      card('B', 'j2', 3),
      card('B', 'j3', 3),
    ]);
    expect(rows.map((r) => [r.submittedCards, r.normalisedRank, r.rawRank])).toEqual([
      [1, 2, 2],
      [2, 1, 1],
    ]);
  });

  it('still equal shares the rank and is flagged as tied, never broken by id or order', () => {
    const rows = rankNominations(CRITERIA, expecting(['B', 'A', 'C']), [
      card('B', 'j1', 3),
      card('A', 'j2', 3),
      card('C', 'j3', 2),
    ]);
    expect(rows.map((r) => [r.nominationId, r.normalisedRank, r.normalisedTied, r.rawRank, r.rawTied])).toEqual([
      ['B', 1, true, 1, true],
      ['A', 1, true, 1, true],
      ['C', 3, false, 3, false],
    ]);
  });

  it('ranks nominations without a submitted scorecard last, sharing their rank, with no score', () => {
    const rows = rankNominations(CRITERIA, expecting(['A', 'B', 'C']), [card('B', 'j1', 1)]);
    expect(rows.map((r) => [r.nominationId, r.rawScore, r.normalisedRank, r.normalisedTied])).toEqual([
      ['A', null, 2, true],
      ['B', 0, 1, false],
      ['C', null, 2, true],
    ]);
  });

  it('flags the scorecards missing from jurors without a conflict', () => {
    const rows = rankNominations(
      CRITERIA,
      [
        { nominationId: 'A', expectedCards: 3 },
        { nominationId: 'B', expectedCards: 1 },
      ],
      [card('A', 'j1', 3), card('B', 'j1', 3)],
    );
    expect(rows.map((r) => [r.submittedCards, r.missingCards])).toEqual([
      [1, 2],
      [1, 0],
    ]);
  });

  it('ignores cards of nominations not ranked (ineligible, withdrawn)', () => {
    const rows = rankNominations(CRITERIA, expecting(['A'], 1), [card('A', 'j1', 2), card('X', 'j1', 5)]);
    expect(rows[0].normalisedScore).toBe(0);
  });
});
