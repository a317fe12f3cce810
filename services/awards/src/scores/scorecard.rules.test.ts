import type { Criterion } from '../guidelines/criterion.entity';
import { missingForSubmission, scoreProblems } from './scorecard.rules';

const criterion = (key: string, position: number, levels = [1, 2, 3]): Criterion => ({
  id: key,
  guidelineId: 'g',
  position,
  key,
  name: key,
  description: '',
  weight: 1,
  scale: levels.map((score) => ({ score, descriptor: `level ${score}` })),
});
const CRITERIA = [criterion('together', 0), criterion('regular-times', 1, [0, 1, 2, 3, 4])];

describe('scoreProblems', () => {
  it('accepts any subset of the criteria, each on its own scale', () => {
    expect(scoreProblems(CRITERIA, [{ criterion: 'regular-times', score: 0 }])).toEqual([]);
    expect(
      scoreProblems(CRITERIA, [
        { criterion: 'together', score: 3 },
        { criterion: 'regular-times', score: 4 },
      ]),
    ).toEqual([]);
  });

  it('names each score off its scale, each unknown criterion and each criterion given twice, by position', () => {
    expect(
      scoreProblems(CRITERIA, [
        { criterion: 'together', score: 4 },
        { criterion: 'nope', score: 1 },
        { criterion: 'regular-times', score: 2 },
        { criterion: 'regular-times', score: 3 },
      ]),
    ).toEqual([
      { field: 'scores.0.score', message: 'must be one of the levels of "together": 1, 2, 3' },
      { field: 'scores.1.criterion', message: 'is not a criterion of this edition (together, regular-times)' },
      { field: 'scores.3.criterion', message: '"regular-times" is scored twice' },
    ]);
  });
});

describe('missingForSubmission', () => {
  it('lists, in the guideline’s order, the criteria without a score and those without a comment', () => {
    const reversed = [CRITERIA[1], CRITERIA[0]];
    expect(missingForSubmission(reversed, [])).toEqual([
      { criterion: 'together', lacks: 'score' },
      { criterion: 'regular-times', lacks: 'score' },
    ]);
    expect(missingForSubmission(CRITERIA, [{ criterion: 'together', comment: '   ' }])).toEqual([
      { criterion: 'together', lacks: 'comment' },
      { criterion: 'regular-times', lacks: 'score' },
    ]);
  });

  it('is empty once every criterion has a score and a comment', () => {
    const scores = CRITERIA.map((c) => ({ criterion: c.key, comment: 'Because.' }));
    expect(missingForSubmission(CRITERIA, scores)).toEqual([]);
  });
});
