import { isSafeText, type FieldProblem } from '@best/kit';

/** A scoring level as written by whoever drafts a guideline. */
export interface ScaleLevelDraft {
  score: number;
  descriptor: string;
}

export interface CriterionDraft {
  key: string;
  name: string;
  description?: string | null;
  weight: number;
  /** Levels in ascending order of score. */
  scale: ScaleLevelDraft[];
}

/** An eligibility rule: its key stays the same across versions; intake rules are the network's checklist. */
export interface EligibilityRuleDraft {
  key: string;
  text: string;
  checkedAtIntake: boolean;
}

export interface GuidelineDraft {
  key: string;
  title: string;
  eligibilityRules?: EligibilityRuleDraft[];
  /** In the order jurors see them. */
  criteria: CriterionDraft[];
}

/** A draft as callers send it, where null means "no eligibility rules". */
export type GuidelineDraftInput = Omit<GuidelineDraft, 'eligibilityRules'> & {
  eligibilityRules?: EligibilityRuleDraft[] | null;
};

/** The criteria set whose newest published version holds the network's intake checklist. */
export const INTAKE_GUIDELINE_KEY = 'best-practice-guidelines';

export const GUIDELINE_LIMITS = {
  criteria: 20,
  eligibilityRules: 30,
  scaleLevels: 10,
  key: 80,
  title: 200,
  name: 200,
  description: 2000,
  descriptor: 500,
  eligibilityRule: 500,
} as const;

/** Keys name a criteria set or a criterion in URLs, exports and diffs: lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = 'must be lowercase words joined by hyphens, such as "fixed-meeting-place"';

export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= GUIDELINE_LIMITS.key && SLUG.test(value);

function scaleProblems(scale: ScaleLevelDraft[], field: string): FieldProblem[] {
  if (!Array.isArray(scale) || scale.length < 2 || scale.length > GUIDELINE_LIMITS.scaleLevels) {
    return [{ field, message: `needs between 2 and ${GUIDELINE_LIMITS.scaleLevels} levels` }];
  }
  const problems: FieldProblem[] = [];
  scale.forEach((level, i) => {
    if (!Number.isInteger(level.score))
      problems.push({ field: `${field}.${i}.score`, message: 'must be a whole number' });
    // Consecutive scores: a juror's score and the weighted ranking must not depend on gaps in a scale.
    else if (i > 0 && level.score !== scale[i - 1].score + 1) {
      problems.push({
        field: `${field}.${i}.score`,
        message: 'must be one more than the score of the level before it',
      });
    }
    if (!isSafeText(level.descriptor, GUIDELINE_LIMITS.descriptor, 1)) {
      problems.push({
        field: `${field}.${i}.descriptor`,
        message: `must be between 1 and ${GUIDELINE_LIMITS.descriptor} characters, without control characters`,
      });
    }
  });
  return problems;
}

function criterionProblems(criterion: CriterionDraft, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isSlug(criterion.key)) problems.push({ field: `${field}.key`, message: SLUG_MESSAGE });
  if (!isSafeText(criterion.name, GUIDELINE_LIMITS.name, 1))
    problems.push({ field: `${field}.name`, message: `must be between 1 and ${GUIDELINE_LIMITS.name} characters` });
  if (criterion.description != null && !isSafeText(criterion.description, GUIDELINE_LIMITS.description)) {
    problems.push({
      field: `${field}.description`,
      message: `must be at most ${GUIDELINE_LIMITS.description} characters`,
    });
  }
  if (typeof criterion.weight !== 'number' || !Number.isFinite(criterion.weight) || criterion.weight <= 0) {
    problems.push({ field: `${field}.weight`, message: 'must be a number greater than 0' });
  }
  return [...problems, ...scaleProblems(criterion.scale, `${field}.scale`)];
}

/** Every problem of a guideline draft at once, so a person can fix them in one go; empty when valid. */
export function guidelineDraftProblems(draft: GuidelineDraftInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isSlug(draft.key)) problems.push({ field: 'key', message: SLUG_MESSAGE });
  if (!isSafeText(draft.title, GUIDELINE_LIMITS.title, 1))
    problems.push({ field: 'title', message: `must be between 1 and ${GUIDELINE_LIMITS.title} characters` });

  const rules = draft.eligibilityRules ?? [];
  if (rules.length > GUIDELINE_LIMITS.eligibilityRules) {
    problems.push({ field: 'eligibilityRules', message: `at most ${GUIDELINE_LIMITS.eligibilityRules} rules` });
  }
  const ruleKeys = new Set<string>();
  rules.forEach((rule, i) => {
    const field = `eligibilityRules.${i}`;
    if (!isSlug(rule.key)) problems.push({ field: `${field}.key`, message: SLUG_MESSAGE });
    else if (ruleKeys.has(rule.key)) problems.push({ field: `${field}.key`, message: `"${rule.key}" is used twice` });
    ruleKeys.add(rule.key);
    if (!isSafeText(rule.text, GUIDELINE_LIMITS.eligibilityRule, 1)) {
      const message = `must be between 1 and ${GUIDELINE_LIMITS.eligibilityRule} characters`;
      problems.push({ field: `${field}.text`, message });
    }
    if (typeof rule.checkedAtIntake !== 'boolean') {
      problems.push({ field: `${field}.checkedAtIntake`, message: 'must be true or false' });
    }
  });

  const criteria = Array.isArray(draft.criteria) ? draft.criteria : [];
  if (criteria.length < 1 || criteria.length > GUIDELINE_LIMITS.criteria) {
    problems.push({ field: 'criteria', message: `needs between 1 and ${GUIDELINE_LIMITS.criteria} criteria` });
  }
  const seen = new Set<string>();
  criteria.forEach((criterion, i) => {
    problems.push(...criterionProblems(criterion, `criteria.${i}`));
    if (seen.has(criterion.key))
      problems.push({ field: `criteria.${i}.key`, message: `"${criterion.key}" is used twice` });
    seen.add(criterion.key);
  });
  return problems;
}
