import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import type { EligibilityCheck } from './eligibility-check.type';
import { Eligibility, NominationStatus } from './nomination.enums';

/** One answer as the screener gives it: the rule's position in the guideline, met or not, a note. */
export interface CheckAnswer {
  rule: number;
  met: boolean;
  note?: string | null;
}

export type Screening =
  | { ok: true; eligibility: Eligibility; checks: EligibilityCheck[]; reason: string | null }
  | { ok: false; problems: { field: string; message: string }[] };

/**
 * Screens against the pinned guideline's eligibility rules: each rule answered exactly once, no
 * answer to a rule the guideline does not have; ELIGIBLE when every rule is met, else INELIGIBLE
 * and a reason is required. The checks come back in the guideline's order, with each rule's text.
 */
export function screen(rules: readonly string[], answers: readonly CheckAnswer[], reason?: string | null): Screening {
  const problems: { field: string; message: string }[] = [];
  const seen = new Map<number, number>();
  for (const answer of answers) seen.set(answer.rule, (seen.get(answer.rule) ?? 0) + 1);
  const unknown = [...seen.keys()].filter((rule) => !Number.isInteger(rule) || rule < 0 || rule >= rules.length);
  const twice = [...seen.entries()].filter(([rule, count]) => count > 1 && !unknown.includes(rule)).map(([r]) => r);
  const missing = rules.map((_, rule) => rule).filter((rule) => !seen.has(rule));
  if (unknown.length) {
    problems.push({
      field: 'checks',
      message: `the guideline has no ${named(unknown)} (its ${rules.length} rules are numbered from 0)`,
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
  const checks = [...answers]
    .sort((a, b) => a.rule - b.rule)
    .map((answer) => ({
      rule: answer.rule,
      text: rules[answer.rule],
      met: answer.met,
      note: answer.note?.trim() || null,
    }));
  return { ok: true, eligibility: eligible ? Eligibility.ELIGIBLE : Eligibility.INELIGIBLE, checks, reason: why };
}

/** "rule 2", "rules 1 and 3", "rules 0, 1 and 4". */
function named(rules: number[]): string {
  const sorted = [...rules].sort((a, b) => a - b).map(String);
  if (sorted.length === 1) return `rule ${sorted[0]}`;
  return `rules ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
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
