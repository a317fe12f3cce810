import { Eligibility } from './nomination.enums';
import { screen } from './nomination.rules';

const RULES = [
  { key: 'in-country', text: 'Runs in the country.', checkedAtIntake: false },
  { key: 'one-year', text: 'Has run for a year.', checkedAtIntake: false },
  { key: 'brings-together', text: 'Brings locals and migrants together.', checkedAtIntake: true },
];
const all = (met: boolean) => RULES.map(({ key }) => ({ rule: key, met }));

describe('screening against the guideline’s eligibility rules', () => {
  it('is ELIGIBLE when every rule is met, with the checks in the guideline’s order and each rule’s text', () => {
    const result = screen(RULES, [...all(true)].reverse());
    expect(result).toEqual({
      ok: true,
      eligibility: Eligibility.ELIGIBLE,
      reason: null,
      checks: RULES.map(({ key, text }) => ({ rule: key, text, met: true, note: null })),
    });
  });

  it('is INELIGIBLE when a rule is not met, and then needs a reason', () => {
    const answers = all(true).map((a) => (a.rule === 'one-year' ? { ...a, met: false, note: 'Started in May.' } : a));
    expect(screen(RULES, answers)).toEqual({
      ok: false,
      problems: [{ field: 'reason', message: expect.stringMatching(/required/) }],
    });
    expect(screen(RULES, answers, '  Too young.  ')).toMatchObject({
      ok: true,
      eligibility: Eligibility.INELIGIBLE,
      reason: 'Too young.',
    });
  });

  it('names the rules not answered, answered twice, and those the guideline does not have', () => {
    const result = screen(RULES, [
      { rule: 'in-country', met: true },
      { rule: 'in-country', met: true },
      { rule: 'rule-7', met: true },
    ]);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('no rule "rule-7"'),
      expect.stringContaining('rule "in-country" is answered more than once'),
      expect.stringContaining('rules "one-year" and "brings-together" are not answered'),
    ]);
  });

  it('a guideline without rules makes every nomination eligible with no checks', () => {
    expect(screen([], [])).toMatchObject({ ok: true, eligibility: Eligibility.ELIGIBLE, checks: [] });
  });
});
