import type { FieldProblem } from '@best/kit';
import type { Criterion } from '../guidelines/criterion.entity';
import { NominationStatus } from '../nominations/nomination.enums';

/** The longest comment a juror may give one criterion. */
export const COMMENT_MAX = 4000;

/** Only nominations found eligible (or already shortlisted) are scored; the others are not judged. */
export const SCOREABLE_STATUSES: readonly NominationStatus[] = [
  NominationStatus.ELIGIBLE,
  NominationStatus.SHORTLISTED,
];

/** One criterion's score as a juror gives it. */
export interface GivenScore {
  criterion: string;
  score: number;
  comment?: string | null;
}

/**
 * What is wrong with a set of scores for the edition's pinned criteria: an unknown criterion, the same
 * criterion twice, a score that is not one of the criterion's scale levels. One problem per score,
 * its field named by position (`scores.2.score`) so a form can point at it.
 */
export function scoreProblems(criteria: readonly Criterion[], given: readonly GivenScore[]): FieldProblem[] {
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  given.forEach((entry, index) => {
    const criterion = byKey.get(entry.criterion);
    if (!criterion) {
      const keys = criteria.map((c) => c.key).join(', ');
      problems.push({ field: `scores.${index}.criterion`, message: `is not a criterion of this edition (${keys})` });
      return;
    }
    if (seen.has(entry.criterion)) {
      problems.push({ field: `scores.${index}.criterion`, message: `"${entry.criterion}" is scored twice` });
      return;
    }
    seen.add(entry.criterion);
    const levels = criterion.scale.map((level) => level.score);
    if (!levels.includes(entry.score)) {
      problems.push({
        field: `scores.${index}.score`,
        message: `must be one of the levels of "${criterion.key}": ${levels.join(', ')}`,
      });
    }
  });
  return problems;
}

/** A criterion not yet ready for submission, and what it lacks. */
export interface MissingScore {
  criterion: string;
  lacks: 'score' | 'comment';
}

/**
 * The criteria a scorecard still lacks before it can be submitted, in the guideline's order: every
 * criterion needs a score on its scale and a comment that says why.
 */
export function missingForSubmission(
  criteria: readonly Criterion[],
  scores: readonly Pick<GivenScore, 'criterion' | 'comment'>[],
): MissingScore[] {
  const byKey = new Map(scores.map((score) => [score.criterion, score]));
  return [...criteria]
    .sort((a, b) => a.position - b.position)
    .flatMap((criterion): MissingScore[] => {
      const score = byKey.get(criterion.key);
      if (!score) return [{ criterion: criterion.key, lacks: 'score' }];
      if (!score.comment?.trim()) return [{ criterion: criterion.key, lacks: 'comment' }];
      return [];
    });
}
