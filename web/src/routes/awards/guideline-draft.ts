import type { CriterionInput } from '../../__generated__/graphql';

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

/** A guideline draft as the editor holds it. */
export interface GuidelineDraft {
  title: string;
  /** One rule per line. */
  eligibilityRules: string;
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

/** The editor's state for a saved version (or a new set when there is none). */
export function draftOf(saved?: {
  title: string;
  eligibilityRules: readonly string[];
  criteria: readonly SavedCriterion[];
}): GuidelineDraft {
  if (!saved) return { title: '', eligibilityRules: '', criteria: [emptyCriterion()] };
  return {
    title: saved.title,
    eligibilityRules: saved.eligibilityRules.join('\n'),
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

/** The eligibility rules typed one per line: the lines with text, trimmed. */
export const eligibilityRulesInput = (draft: GuidelineDraft): string[] =>
  draft.eligibilityRules
    .split('\n')
    .map((rule) => rule.trim())
    .filter(Boolean);

/** The draft with one criterion changed by `change`. */
export function withCriterion(
  draft: GuidelineDraft,
  index: number,
  change: (criterion: DraftCriterion) => DraftCriterion,
): GuidelineDraft {
  return { ...draft, criteria: draft.criteria.map((criterion, i) => (i === index ? change(criterion) : criterion)) };
}
