import type { CriterionInput, EligibilityRuleInput } from '../../__generated__/graphql';

/** One scale level as the draft editor holds it: only its descriptor; scores follow from the order. */
export interface DraftLevel {
  descriptor: string;
}

/** One criterion as the draft editor holds it (the weight as typed). */
export interface DraftCriterion {
  key: string;
  name: string;
  description: string;
  weight: string;
  /** The score of the first (lowest) level; each next level scores one more. */
  lowestScore: string;
  levels: DraftLevel[];
}

/** One eligibility rule as the editor holds it: its key, its text, and whether the network's intake checks it. */
export interface DraftRule {
  key: string;
  text: string;
  checkedAtIntake: boolean;
}

/** A guideline draft as the editor holds it. */
export interface GuidelineDraft {
  title: string;
  eligibilityRules: DraftRule[];
  criteria: DraftCriterion[];
}

/** What the editor needs of a saved criterion. */
interface SavedCriterion {
  key: string;
  name: string;
  description: string;
  weight: number;
  scale: readonly { score: number; descriptor: string }[];
}

/** A new criterion: a scale of three levels scored 0 to 2, to fill in. */
export const emptyCriterion = (): DraftCriterion => ({
  key: '',
  name: '',
  description: '',
  weight: '1',
  lowestScore: '0',
  levels: [{ descriptor: '' }, { descriptor: '' }, { descriptor: '' }],
});

/** A new eligibility rule, award-only until marked as checked at intake. */
export const emptyRule = (): DraftRule => ({ key: '', text: '', checkedAtIntake: false });

/** The editor's state for a saved version (or a new set when there is none). */
export function draftOf(saved?: {
  title: string;
  eligibilityRules: readonly DraftRule[];
  criteria: readonly SavedCriterion[];
}): GuidelineDraft {
  if (!saved) return { title: '', eligibilityRules: [], criteria: [emptyCriterion()] };
  return {
    title: saved.title,
    eligibilityRules: saved.eligibilityRules.map(({ key, text, checkedAtIntake }) => ({ key, text, checkedAtIntake })),
    criteria: saved.criteria.map((criterion) => {
      const levels = [...criterion.scale].sort((a, b) => a.score - b.score);
      return {
        key: criterion.key,
        name: criterion.name,
        description: criterion.description,
        weight: String(criterion.weight),
        lowestScore: String(levels[0]?.score ?? 0),
        levels: levels.map((level) => ({ descriptor: level.descriptor })),
      };
    }),
  };
}

/**
 * The criteria as the API takes them. Scores go up by one from the lowest, in the order of the
 * levels, as the server requires. A weight that is not a number is sent as 0, which the server
 * refuses by naming the field, rather than guessed; a lowest score that is not one starts at 0.
 */
export function criteriaInput(draft: GuidelineDraft): CriterionInput[] {
  return draft.criteria.map((criterion) => {
    const weight = Number(criterion.weight.replace(',', '.'));
    const lowest = Number.parseInt(criterion.lowestScore, 10);
    const start = Number.isFinite(lowest) ? lowest : 0;
    return {
      key: criterion.key.trim(),
      name: criterion.name.trim(),
      description: criterion.description.trim() || null,
      weight: Number.isFinite(weight) && criterion.weight.trim() !== '' ? weight : 0,
      scale: criterion.levels.map((level, index) => ({ score: start + index, descriptor: level.descriptor.trim() })),
    };
  });
}

/** The eligibility rules as the API takes them, trimmed; a rule left wholly empty is dropped. */
export const eligibilityRulesInput = (draft: GuidelineDraft): EligibilityRuleInput[] =>
  draft.eligibilityRules
    .map((rule) => ({ key: rule.key.trim(), text: rule.text.trim(), checkedAtIntake: rule.checkedAtIntake }))
    .filter((rule) => rule.key || rule.text);

/** The draft with one eligibility rule changed. */
export function withRule(draft: GuidelineDraft, index: number, change: Partial<DraftRule>): GuidelineDraft {
  return {
    ...draft,
    eligibilityRules: draft.eligibilityRules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)),
  };
}

/** The draft with one criterion changed by `change`. */
export function withCriterion(
  draft: GuidelineDraft,
  index: number,
  change: (criterion: DraftCriterion) => DraftCriterion,
): GuidelineDraft {
  return { ...draft, criteria: draft.criteria.map((criterion, i) => (i === index ? change(criterion) : criterion)) };
}
