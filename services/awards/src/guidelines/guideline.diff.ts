import type { CriterionDraft } from './guideline.rules';

/** What a version says, as far as a comparison cares. */
export interface GuidelineContent<C extends CriterionDraft = CriterionDraft> {
  title: string;
  eligibilityRules: string[];
  criteria: C[];
}

export interface Change<T> {
  from: T;
  to: T;
}

/** A scale level by its score: `from` null when the level is new, `to` null when it was dropped. */
export interface ScaleLevelChange {
  score: number;
  from: string | null;
  to: string | null;
}

export enum CriterionField {
  NAME = 'NAME',
  DESCRIPTION = 'DESCRIPTION',
  WEIGHT = 'WEIGHT',
  SCALE = 'SCALE',
}

/** A criterion kept under the same key whose content changed; a part that did not change is null. */
export interface CriterionChange<C extends CriterionDraft = CriterionDraft> {
  key: string;
  from: C;
  to: C;
  changedFields: CriterionField[];
  name: Change<string> | null;
  description: Change<string> | null;
  weight: Change<number> | null;
  scaleLevels: ScaleLevelChange[];
}

export interface GuidelineDiff<C extends CriterionDraft = CriterionDraft> {
  title: Change<string> | null;
  criteriaAdded: C[];
  criteriaRemoved: C[];
  criteriaChanged: CriterionChange<C>[];
  eligibilityRulesAdded: string[];
  eligibilityRulesRemoved: string[];
}

const changeOf = <T>(from: T, to: T): Change<T> | null => (from === to ? null : { from, to });

function scaleLevelChanges(from: CriterionDraft['scale'], to: CriterionDraft['scale']): ScaleLevelChange[] {
  const before = new Map(from.map((level) => [level.score, level.descriptor]));
  const after = new Map(to.map((level) => [level.score, level.descriptor]));
  const scores = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  return scores
    .map((score) => ({ score, from: before.get(score) ?? null, to: after.get(score) ?? null }))
    .filter((level) => level.from !== level.to);
}

function criterionChange<C extends CriterionDraft>(from: C, to: C): CriterionChange<C> | null {
  const name = changeOf(from.name, to.name);
  const description = changeOf(from.description ?? '', to.description ?? '');
  const weight = changeOf(from.weight, to.weight);
  const scaleLevels = scaleLevelChanges(from.scale, to.scale);
  const changedFields = [
    name && CriterionField.NAME,
    description && CriterionField.DESCRIPTION,
    weight && CriterionField.WEIGHT,
    scaleLevels.length > 0 && CriterionField.SCALE,
  ].filter((field): field is CriterionField => Boolean(field));
  if (!changedFields.length) return null;
  return { key: to.key, from, to, changedFields, name, description, weight, scaleLevels };
}

/**
 * What changed from one version of a criteria set to another. Criteria are matched by key, so a
 * renamed key reads as one criterion removed and another added; eligibility rules are matched by
 * their exact wording, so a reworded rule reads as removed and added. Order follows `to` for what
 * it has, `from` for what it lost.
 */
export function guidelineDiff<C extends CriterionDraft>(
  from: GuidelineContent<C>,
  to: GuidelineContent<C>,
): GuidelineDiff<C> {
  const before = new Map(from.criteria.map((c) => [c.key, c]));
  const after = new Map(to.criteria.map((c) => [c.key, c]));
  const rulesBefore = new Set(from.eligibilityRules);
  const rulesAfter = new Set(to.eligibilityRules);
  return {
    title: changeOf(from.title, to.title),
    criteriaAdded: to.criteria.filter((c) => !before.has(c.key)),
    criteriaRemoved: from.criteria.filter((c) => !after.has(c.key)),
    criteriaChanged: to.criteria
      .filter((c) => before.has(c.key))
      .map((c) => criterionChange(before.get(c.key)!, c))
      .filter((change): change is CriterionChange<C> => change !== null),
    eligibilityRulesAdded: to.eligibilityRules.filter((rule) => !rulesBefore.has(rule)),
    eligibilityRulesRemoved: from.eligibilityRules.filter((rule) => !rulesAfter.has(rule)),
  };
}
