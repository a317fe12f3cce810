import {
  calibratesJuries,
  countAt,
  criterionAcross,
  guidelineSets,
  levelsAcross,
  signed,
  standing,
  yearOf,
  type CriterionFigures,
  type EditionFigures,
} from '../src/routes/awards/calibration-view';

// The calibration page lays the server's figures side by side (src/routes/awards/calibration-view.ts).

const criterion = (key: string, mean: number, levels = [1, 2, 3, 4, 5]): CriterionFigures => ({
  key,
  name: `Criterion ${key}`,
  scores: 3,
  mean,
  standardDeviation: 0.5,
  difference: 0,
  distribution: levels.map((score) => ({ score, count: score === Math.round(mean) ? 3 : 0 })),
});
const edition = (countryCode: string, criteria: CriterionFigures[]): EditionFigures => ({
  edition: { id: `edition-${countryCode}`, title: `Award ${countryCode}` },
  countryCode,
  year: 2017,
  phase: 'DECIDED',
  guidelineVersion: 1,
  jurors: 3,
  submittedScorecards: 3,
  meanWeightedScore: 50,
  weightedScoreDifference: 0,
  criteria,
  jurorSpread: null,
});

describe('standing', () => {
  it('says above or below only when the difference still shows at the precision displayed', () => {
    expect(standing(1.25, 2)).toBe('ABOVE');
    expect(standing(-0.004, 2)).toBe('IN_LINE');
    expect(standing(-0.006, 2)).toBe('BELOW');
    expect(standing(0.04, 1)).toBe('IN_LINE');
    expect(standing(null, 1)).toBeNull();
  });
});

describe('signed', () => {
  it('always shows the sign of a difference, and none for zero', () => {
    expect(signed(1.25, 2, 'en')).toBe('+1.25');
    expect(signed(-0.5, 2, 'en')).toBe('−0.50');
    expect(signed(-0.001, 2, 'en')).toBe('0.00');
    expect(signed(-12.34, 1, 'de')).toBe('−12,3');
  });
});

describe('one criterion across the editions', () => {
  const germany = edition('DE', [criterion('together', 2), criterion('regular', 3)]);
  const italy = edition('IT', [criterion('together', 4, [0, 1, 2, 3, 4, 5, 6])]);

  it('gives each edition its figures for the key, or null when its guideline version lacks it', () => {
    const cells = criterionAcross([germany, italy], 'regular');
    expect(cells.map((cell) => [cell.edition.countryCode, cell.figures?.mean ?? null])).toEqual([
      ['DE', 3],
      ['IT', null],
    ]);
  });

  it('lists every level any version’s scale has, and no count where a scale lacks the level', () => {
    const cells = criterionAcross([germany, italy], 'together');
    expect(levelsAcross(cells)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(cells.map((cell) => countAt(cell.figures, 0))).toEqual([null, 0]);
    expect(cells.map((cell) => countAt(cell.figures, 2))).toEqual([3, 0]);
  });
});

describe('the criteria sets offered', () => {
  it('offers each key once, named by its latest published version, drafts left out, by title', () => {
    expect(
      guidelineSets([
        { key: 'best', title: 'Best practice guidelines', version: 1, publishedAt: '2017-01-16' },
        { key: 'best', title: 'Best-practice guidelines (revised)', version: 2, publishedAt: '2018-01-10' },
        { key: 'best', title: 'Draft three', version: 3, publishedAt: null },
        { key: 'art', title: 'Arts criteria', version: 1, publishedAt: '2018-02-01' },
      ]),
    ).toEqual([
      { key: 'art', title: 'Arts criteria' },
      { key: 'best', title: 'Best-practice guidelines (revised)' },
    ]);
  });
});

describe('who calibrates and which year', () => {
  it('opens the page to admins and national coordinators only', () => {
    expect(calibratesJuries({ role: 'ADMIN' })).toBe(true);
    expect(calibratesJuries({ role: 'NATIONAL_COORDINATOR' })).toBe(true);
    for (const role of ['MEMBER', 'JUROR', 'VIEWER']) expect(calibratesJuries({ role })).toBe(false);
    expect(calibratesJuries(null)).toBe(false);
  });

  it('reads a year of 2000–2100 from the address and ignores anything else', () => {
    expect(yearOf('2017')).toBe(2017);
    expect(['', '17', '1999', '2101', '2017x'].map(yearOf)).toEqual([null, null, null, null, null]);
  });
});
