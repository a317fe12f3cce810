import { CriterionField, guidelineDiff, type GuidelineContent } from './guideline.diff';
import type { CriterionDraft } from './guideline.rules';

const scale = (...descriptors: string[]) => descriptors.map((descriptor, i) => ({ score: i + 1, descriptor }));

const criterion = (key: string, overrides: Partial<CriterionDraft> = {}): CriterionDraft => ({
  key,
  name: `Criterion ${key}`,
  description: `What ${key} asks for.`,
  weight: 1,
  scale: scale('low', 'middle', 'high'),
  ...overrides,
});

const rule = (key: string, text: string, checkedAtIntake = false) => ({ key, text, checkedAtIntake });
const IN_COUNTRY = rule('in-country', 'Runs in the country of the edition.');
const NOT_FOR_PROFIT = rule('not-for-profit', 'Not for profit.');

const version = (overrides: Partial<GuidelineContent> = {}): GuidelineContent => ({
  title: 'Guidelines',
  eligibilityRules: [IN_COUNTRY, NOT_FOR_PROFIT],
  criteria: [criterion('together'), criterion('regular-times')],
  ...overrides,
});

describe('the difference between two guideline versions', () => {
  it('is empty between identical versions', () => {
    expect(guidelineDiff(version(), version())).toEqual({
      title: null,
      criteriaAdded: [],
      criteriaRemoved: [],
      criteriaChanged: [],
      eligibilityRulesAdded: [],
      eligibilityRulesRemoved: [],
      eligibilityRulesChanged: [],
    });
  });

  it('lists criteria added and removed by key', () => {
    const to = version({ criteria: [criterion('together'), criterion('social-inclusion')] });
    const diff = guidelineDiff(version(), to);
    expect(diff.criteriaAdded.map((c) => c.key)).toEqual(['social-inclusion']);
    expect(diff.criteriaRemoved.map((c) => c.key)).toEqual(['regular-times']);
    expect(diff.criteriaChanged).toEqual([]);
  });

  it('names which parts of a kept criterion changed, with old and new values', () => {
    const to = version({
      criteria: [
        criterion('together', { name: 'Brings people together', weight: 0.5 }),
        criterion('regular-times', { description: 'Meets at fixed times.' }),
      ],
    });
    const [together, regular] = guidelineDiff(version(), to).criteriaChanged;
    expect(together).toMatchObject({
      key: 'together',
      changedFields: [CriterionField.NAME, CriterionField.WEIGHT],
      name: { from: 'Criterion together', to: 'Brings people together' },
      description: null,
      weight: { from: 1, to: 0.5 },
      scaleLevels: [],
    });
    expect(regular).toMatchObject({
      key: 'regular-times',
      changedFields: [CriterionField.DESCRIPTION],
      description: { from: 'What regular-times asks for.', to: 'Meets at fixed times.' },
      name: null,
      weight: null,
    });
  });

  it('lists only the scale levels reworded, added or dropped, by score', () => {
    const to = version({
      criteria: [
        criterion('together', { scale: scale('low', 'medium', 'high', 'exemplary') }),
        criterion('regular-times', { scale: scale('low', 'middle') }),
      ],
    });
    const [together, regular] = guidelineDiff(version(), to).criteriaChanged;
    expect(together.changedFields).toEqual([CriterionField.SCALE]);
    expect(together.scaleLevels).toEqual([
      { score: 2, from: 'middle', to: 'medium' },
      { score: 4, from: null, to: 'exemplary' },
    ]);
    expect(regular.scaleLevels).toEqual([{ score: 3, from: 'high', to: null }]);
  });

  it('treats a missing description as an empty one', () => {
    const from = version({ criteria: [criterion('together', { description: undefined })] });
    const to = version({ criteria: [criterion('together', { description: '' })] });
    expect(guidelineDiff(from, to).criteriaChanged).toEqual([]);
  });

  it('lists eligibility rules added and removed by key, and a changed title', () => {
    const sixMonths = rule('six-months', 'Has run for six months.');
    const to = version({ title: 'Guidelines 2', eligibilityRules: [IN_COUNTRY, sixMonths] });
    expect(guidelineDiff(version(), to)).toMatchObject({
      title: { from: 'Guidelines', to: 'Guidelines 2' },
      eligibilityRulesAdded: [sixMonths],
      eligibilityRulesRemoved: [NOT_FOR_PROFIT],
      eligibilityRulesChanged: [],
    });
  });

  it('names a rule kept by key whose text or intake flag changed, and only what changed', () => {
    const to = version({
      eligibilityRules: [
        rule('in-country', 'Runs in the country of the award edition.'),
        rule('not-for-profit', 'Not for profit.', true),
      ],
    });
    expect(guidelineDiff(version(), to)).toMatchObject({
      eligibilityRulesAdded: [],
      eligibilityRulesRemoved: [],
      eligibilityRulesChanged: [
        {
          key: 'in-country',
          text: { from: 'Runs in the country of the edition.', to: 'Runs in the country of the award edition.' },
          checkedAtIntake: null,
        },
        { key: 'not-for-profit', text: null, checkedAtIntake: { from: false, to: true } },
      ],
    });
  });

  it('ignores a criterion moving to another position', () => {
    const to = version({ criteria: [criterion('regular-times'), criterion('together')] });
    expect(guidelineDiff(version(), to).criteriaChanged).toEqual([]);
  });
});
