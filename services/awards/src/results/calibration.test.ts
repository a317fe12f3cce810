import {
  calibrate,
  distribution,
  jurorSpread,
  mean,
  standardDeviation,
  type CalibratedCard,
  type CalibratedCriterion,
} from './calibration';

const FIVE = [1, 2, 3, 4, 5];
const CRITERIA: CalibratedCriterion[] = [
  { key: 'together', name: 'Brings people together', weight: 2, levels: FIVE },
  { key: 'regular-times', name: 'Regular times', weight: 1, levels: FIVE },
];
const card = (jurorAccountId: string, together: number, regular = together): CalibratedCard => ({
  jurorAccountId,
  scores: { together, 'regular-times': regular },
});

describe('mean and standardDeviation', () => {
  it('are the arithmetic mean and the population standard deviation, null for nothing', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(standardDeviation([3])).toBe(0);
    expect(mean([])).toBeNull();
    expect(standardDeviation([])).toBeNull();
  });
});

describe('distribution', () => {
  it('counts the scores on every level of the scale, lowest first, empty levels included', () => {
    expect(distribution([5, 4, 3, 2, 1], [4, 4, 5, 2])).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 1 },
      { score: 3, count: 0 },
      { score: 4, count: 2 },
      { score: 5, count: 1 },
    ]);
  });

  it('counts a score that is not a level of the scale nowhere', () => {
    expect(distribution([1, 2, 3], [2, 7])).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 1 },
      { score: 3, count: 0 },
    ]);
  });
});

describe('jurorSpread', () => {
  it('numbers the jurors from the lowest mean weighted score to the highest, with their spread and their distance from the jury', () => {
    // Weighted scores: lenient 100 and 75; harsh 0 and 25; middling 50.
    const spread = jurorSpread(CRITERIA, [
      card('lenient', 5),
      card('harsh', 1),
      card('middling', 3),
      card('lenient', 4),
      card('harsh', 2),
    ]);
    const jury = (100 + 75 + 0 + 25 + 50) / 5;
    expect(spread).toEqual([
      { number: 1, scorecards: 2, meanWeightedScore: 12.5, standardDeviation: 12.5, differenceFromJury: 12.5 - jury },
      { number: 2, scorecards: 1, meanWeightedScore: 50, standardDeviation: 0, differenceFromJury: 50 - jury },
      { number: 3, scorecards: 2, meanWeightedScore: 87.5, standardDeviation: 12.5, differenceFromJury: 87.5 - jury },
    ]);
  });

  it('names no juror: a row carries a number and figures only', () => {
    const [row] = jurorSpread(CRITERIA, [card('0d000000-0000-4000-8000-0000000000c3', 3)]);
    expect(Object.keys(row).sort()).toEqual([
      'differenceFromJury',
      'meanWeightedScore',
      'number',
      'scorecards',
      'standardDeviation',
    ]);
    expect(JSON.stringify(row)).not.toContain('0d000000');
  });
});

describe('calibrate', () => {
  const harshJury = { editionId: 'de', criteria: CRITERIA, cards: [card('a', 1, 3), card('b', 2, 3), card('a', 3, 3)] };
  const lenientJury = { editionId: 'it', criteria: CRITERIA, cards: [card('c', 5, 4), card('d', 4, 4)] };

  it('gives each criterion its mean, spread and distribution per edition, and its difference from the mean of the editions’ means', () => {
    const { editions, criteria } = calibrate([harshJury, lenientJury]);
    const [de, it] = editions;
    expect(de.criteria[0]).toMatchObject({ key: 'together', scores: 3, mean: 2 });
    expect(de.criteria[0].standardDeviation).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(de.criteria[0].distribution.map((level) => level.count)).toEqual([1, 1, 1, 0, 0]);
    expect(it.criteria[0]).toMatchObject({ key: 'together', scores: 2, mean: 4.5, standardDeviation: 0.5 });
    // Together: the means 2 and 4.5 average to 3.25, whatever the size of each jury.
    expect(criteria[0]).toEqual({ key: 'together', name: 'Brings people together', mean: 3.25, editions: 2 });
    expect(de.criteria[0].difference).toBeCloseTo(-1.25, 12);
    expect(it.criteria[0].difference).toBeCloseTo(1.25, 12);
    expect(de.criteria[1]).toMatchObject({ mean: 3, standardDeviation: 0, difference: -0.5 });
    expect(it.criteria[1]).toMatchObject({ mean: 4, standardDeviation: 0, difference: 0.5 });
  });

  it('compares the mean weighted scores the same way, each edition counting once', () => {
    const { editions, meanWeightedScore } = calibrate([harshJury, lenientJury]);
    // DE cards: (2·0 + 1·0.5)/3, (2·0.25 + 0.5)/3, (2·0.5 + 0.5)/3; IT cards: (2·1 + 0.75)/3, (2·0.75 + 0.75)/3.
    const de = (100 * (0.5 + 1 + 1.5)) / 3 / 3;
    const it = (100 * (2.75 + 2.25)) / 3 / 2;
    expect(editions[0].meanWeightedScore).toBeCloseTo(de, 12);
    expect(editions[1].meanWeightedScore).toBeCloseTo(it, 12);
    expect(meanWeightedScore).toBeCloseTo((de + it) / 2, 12);
    expect(editions[0].weightedScoreDifference).toBeCloseTo(de - (de + it) / 2, 12);
    expect(editions[0].submittedScorecards).toBe(3);
    // Both DE jurors average 100/3: the one with more scorecards is numbered first.
    expect(editions[0].jurors.map((j) => [j.number, j.scorecards])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('compares a criterion only among the editions that scored it, and leaves an edition without scorecards out of the norms', () => {
    const newer = { key: 'transferable', name: 'Transferable', weight: 1, levels: FIVE };
    const withNewCriterion = {
      editionId: 'fr',
      criteria: [...CRITERIA, newer],
      cards: [{ jurorAccountId: 'e', scores: { together: 3, 'regular-times': 3, transferable: 5 } }],
    };
    const empty = { editionId: 'mt', criteria: CRITERIA, cards: [] };
    const { editions, criteria, meanWeightedScore } = calibrate([harshJury, withNewCriterion, empty]);
    expect(criteria.map((c) => [c.key, c.editions])).toEqual([
      ['together', 2],
      ['regular-times', 2],
      ['transferable', 1],
    ]);
    expect(editions[1].criteria[2]).toMatchObject({ key: 'transferable', mean: 5, difference: 0 });
    expect(editions[2]).toMatchObject({
      submittedScorecards: 0,
      meanWeightedScore: null,
      weightedScoreDifference: null,
      jurors: [],
    });
    expect(editions[2].criteria[0]).toMatchObject({ mean: null, standardDeviation: null, difference: null });
    expect(meanWeightedScore).toBeCloseTo((editions[0].meanWeightedScore! + editions[1].meanWeightedScore!) / 2, 12);
  });

  it('is empty for no editions', () => {
    expect(calibrate([])).toEqual({ editions: [], criteria: [], meanWeightedScore: null });
  });
});
