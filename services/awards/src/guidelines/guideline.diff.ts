import type { CriterionDraft, EligibilityRuleDraft } from './guideline.rules';

/** What a version says, as far as a comparison cares. */
export interface GuidelineContent<C extends CriterionDraft = CriterionDraft> {
  title: string;
  eligibilityRules: EligibilityRuleDraft[];
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

/** An eligibility rule kept under the same key whose text or intake flag changed; an unchanged part is null. */
export interface EligibilityRuleChange {
  key: string;
  text: Change<string> | null;
  checkedAtIntake: Change<boolean> | null;
}

export interface GuidelineDiff<C extends CriterionDraft = CriterionDraft> {
  title: Change<string> | null;
  criteriaAdded: C[];
  criteriaRemoved: C[];
  criteriaChanged: CriterionChange<C>[];
  eligibilityRulesAdded: EligibilityRuleDraft[];
  eligibilityRulesRemoved: EligibilityRuleDraft[];
  eligibilityRulesChanged: EligibilityRuleChange[];
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
 * What changed from one version of a criteria set to another. Criteria and eligibility rules are
 * matched by key, so a renamed key reads as one removed and another added, while a reworded rule
 * under the same key reads as changed. Order follows `to` for what it has, `from` for what it lost.
 */
export function guidelineDiff<C extends CriterionDraft>(
  from: GuidelineContent<C>,
  to: GuidelineContent<C>,
): GuidelineDiff<C> {
  const before = new Map(from.criteria.map((c) => [c.key, c]));
  const after = new Map(to.criteria.map((c) => [c.key, c]));
  const rulesBefore = new Map(from.eligibilityRules.map((rule) => [rule.key, rule]));
  const rulesAfter = new Map(to.eligibilityRules.map((rule) => [rule.key, rule]));
  return {
    title: changeOf(from.title, to.title),
    criteriaAdded: to.criteria.filter((c) => !before.has(c.key)),
    criteriaRemoved: from.criteria.filter((c) => !after.has(c.key)),
    criteriaChanged: to.criteria
      .filter((c) => before.has(c.key))
      .map((c) => criterionChange(before.get(c.key)!, c))
      .filter((change): change is CriterionChange<C> => change !== null),
    eligibilityRulesAdded: to.eligibilityRules.filter((rule) => !rulesBefore.has(rule.key)),
    eligibilityRulesRemoved: from.eligibilityRules.filter((rule) => !rulesAfter.has(rule.key)),
    eligibilityRulesChanged: to.eligibilityRules
      .filter((rule) => rulesBefore.has(rule.key))
      .map((rule) => {
        const before = rulesBefore.get(rule.key)!;
        return {
          key: rule.key,
          text: changeOf(before.text, rule.text),
          checkedAtIntake: changeOf(before.checkedAtIntake, rule.checkedAtIntake),
        };
      })
      .filter((change) => change.text || change.checkedAtIntake),
  };
}
