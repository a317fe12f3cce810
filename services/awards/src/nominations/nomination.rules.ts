import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import type { EligibilityRuleDraft } from '../guidelines/guideline.rules';
import type { EligibilityCheck } from './eligibility-check.type';
import { Eligibility, NominationStatus } from './nomination.enums';

/** One answer as the screener gives it: the rule's key in the guideline, met or not, a note. */
export interface CheckAnswer {
  rule: string;
  met: boolean;
  note?: string | null;
}

export type Screening =
  | { ok: true; eligibility: Eligibility; checks: EligibilityCheck[]; reason: string | null }
  | { ok: false; problems: { field: string; message: string }[] };

/**
 * Screens against the pinned guideline's eligibility rules: each rule answered by its key exactly
 * once, no answer to a key the guideline does not have; ELIGIBLE when every rule is met, else
 * INELIGIBLE and a reason is required. The checks come back in the guideline's order, with each
 * rule's text.
 */
export function screen(
  rules: readonly EligibilityRuleDraft[],
  answers: readonly CheckAnswer[],
  reason?: string | null,
): Screening {
  const problems: { field: string; message: string }[] = [];
  const keys = new Set(rules.map((rule) => rule.key));
  const seen = new Map<string, number>();
  for (const answer of answers) seen.set(answer.rule, (seen.get(answer.rule) ?? 0) + 1);
  const unknown = [...seen.keys()].filter((key) => !keys.has(key));
  const twice = [...seen.entries()].filter(([key, count]) => count > 1 && keys.has(key)).map(([key]) => key);
  const missing = rules.map((rule) => rule.key).filter((key) => !seen.has(key));
  if (unknown.length) {
    problems.push({
      field: 'checks',
      message: `the guideline has no ${named(unknown)} (its rules are ${rules.map((r) => `"${r.key}"`).join(', ') || 'none'})`,
    });
  }
  if (twice.length) {
    problems.push({
      field: 'checks',
      message: `${named(twice)} ${twice.length > 1 ? 'are' : 'is'} answered more than once`,
    });
  }
  if (missing.length) {
    problems.push({ field: 'checks', message: `${named(missing)} ${missing.length > 1 ? 'are' : 'is'} not answered` });
  }
  const why = reason?.trim() || null;
  const eligible = answers.every((answer) => answer.met);
  if (!eligible && !why) {
    problems.push({ field: 'reason', message: 'is required when a rule is not met: say why it is ineligible' });
  }
  if (problems.length) return { ok: false, problems };
  const byKey = new Map(answers.map((answer) => [answer.rule, answer]));
  const checks = rules.map((rule) => {
    const answer = byKey.get(rule.key)!;
    return { rule: rule.key, text: rule.text, met: answer.met, note: answer.note?.trim() || null };
  });
  return { ok: true, eligibility: eligible ? Eligibility.ELIGIBLE : Eligibility.INELIGIBLE, checks, reason: why };
}

/** 'rule "a"', 'rules "a" and "b"', 'rules "a", "b" and "c"', in the order given. */
function named(keys: string[]): string {
  const quoted = keys.map((key) => `"${key}"`);
  if (quoted.length === 1) return `rule ${quoted[0]}`;
  return `rules ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Screening and the shortlist are worked on while nominations are open and during judging. */
export const SCREENING_PHASES: readonly AwardEditionPhase[] = [
  AwardEditionPhase.NOMINATIONS_OPEN,
  AwardEditionPhase.JUDGING,
];

/** A nomination is (re-)screened until it is shortlisted, decided or withdrawn. */
export const SCREENABLE: readonly NominationStatus[] = [
  NominationStatus.SUBMITTED,
  NominationStatus.ELIGIBLE,
  NominationStatus.INELIGIBLE,
];

/** A nominator withdraws until judging starts, whatever the screening said. */
export const WITHDRAWABLE: readonly NominationStatus[] = [
  NominationStatus.SUBMITTED,
  NominationStatus.ELIGIBLE,
  NominationStatus.INELIGIBLE,
  NominationStatus.SHORTLISTED,
];
