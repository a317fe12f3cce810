import { GUIDELINE_LIMITS, guidelineDraftProblems, type CriterionDraft, type GuidelineDraft } from './guideline.rules';

const criterion = (key: string, overrides: Partial<CriterionDraft> = {}): CriterionDraft => ({
  key,
  name: `Criterion ${key}`,
  weight: 1,
  scale: [1, 2, 3, 4, 5].map((score) => ({ score, descriptor: `Level ${score}` })),
  ...overrides,
});

const draft = (overrides: Partial<GuidelineDraft> = {}): GuidelineDraft => ({
  key: 'best-practice-guidelines',
  title: 'Guidelines',
  eligibilityRules: [{ key: 'in-country', text: 'Runs in the country of the edition.', checkedAtIntake: false }],
  criteria: [criterion('together'), criterion('regular-times', { weight: 0.5 })],
  ...overrides,
});

const fields = (d: GuidelineDraft) => guidelineDraftProblems(d).map((p) => p.field);

describe('guideline draft rules', () => {
  it('accepts a guideline with weighted criteria on ascending scales', () => {
    expect(guidelineDraftProblems(draft())).toEqual([]);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a criterion weight of %p', (weight) => {
    expect(fields(draft({ criteria: [criterion('together', { weight })] }))).toEqual(['criteria.0.weight']);
  });

  it('accepts a fractional weight just above zero', () => {
    expect(fields(draft({ criteria: [criterion('together', { weight: 0.01 })] }))).toEqual([]);
  });

  it('refuses a scale whose scores skip a level, and accepts one that starts at 0', () => {
    const gap = [1, 2, 4].map((score) => ({ score, descriptor: `Level ${score}` }));
    expect(fields(draft({ criteria: [criterion('together', { scale: gap })] }))).toEqual(['criteria.0.scale.2.score']);
    const fromZero = [0, 1, 2].map((score) => ({ score, descriptor: `Level ${score}` }));
    expect(fields(draft({ criteria: [criterion('together', { scale: fromZero })] }))).toEqual([]);
  });

  it('refuses a scale whose scores do not go up, or are not whole numbers', () => {
    const scale = [
      { score: 1, descriptor: 'low' },
      { score: 1, descriptor: 'same' },
      { score: 2.5, descriptor: 'half' },
    ];
    expect(fields(draft({ criteria: [criterion('together', { scale })] }))).toEqual([
      'criteria.0.scale.1.score',
      'criteria.0.scale.2.score',
    ]);
  });

  it('refuses a scale with a single level and a level without descriptor', () => {
    expect(fields(draft({ criteria: [criterion('a', { scale: [{ score: 1, descriptor: 'only' }] })] }))).toEqual([
      'criteria.0.scale',
    ]);
    const blank = [
      { score: 1, descriptor: 'low' },
      { score: 2, descriptor: '  ' },
    ];
    expect(fields(draft({ criteria: [criterion('a', { scale: blank })] }))).toEqual(['criteria.0.scale.1.descriptor']);
  });

  it('refuses a guideline without criteria, and two criteria with the same key', () => {
    expect(fields(draft({ criteria: [] }))).toEqual(['criteria']);
    expect(fields(draft({ criteria: [criterion('same'), criterion('same')] }))).toEqual(['criteria.1.key']);
  });

  it('refuses keys that are not lowercase hyphenated words', () => {
    expect(fields(draft({ key: 'Best Practice' }))).toEqual(['key']);
    expect(fields(draft({ criteria: [criterion('fixed_place')] }))).toEqual(['criteria.0.key']);
  });

  it('refuses texts over their limits, and accepts them at the limit', () => {
    const long = (n: number) => 'x'.repeat(n);
    const atLimit = criterion('a', {
      name: long(GUIDELINE_LIMITS.name),
      description: long(GUIDELINE_LIMITS.description),
      scale: [1, 2].map((score) => ({ score, descriptor: long(GUIDELINE_LIMITS.descriptor) })),
    });
    expect(fields(draft({ title: long(GUIDELINE_LIMITS.title), criteria: [atLimit] }))).toEqual([]);
    const over = criterion('a', {
      name: long(GUIDELINE_LIMITS.name + 1),
      description: long(GUIDELINE_LIMITS.description + 1),
      scale: [1, 2].map((score) => ({ score, descriptor: long(GUIDELINE_LIMITS.descriptor + 1) })),
    });
    expect(
      fields(
        draft({
          title: long(GUIDELINE_LIMITS.title + 1),
          eligibilityRules: [{ key: 'long', text: long(GUIDELINE_LIMITS.eligibilityRule + 1), checkedAtIntake: false }],
          criteria: [over],
        }),
      ),
    ).toEqual([
      'title',
      'eligibilityRules.0.text',
      'criteria.0.name',
      'criteria.0.description',
      'criteria.0.scale.0.descriptor',
      'criteria.0.scale.1.descriptor',
    ]);
  });

  it('refuses a blank criterion name', () => {
    expect(fields(draft({ criteria: [criterion('a', { name: '   ' })] }))).toEqual(['criteria.0.name']);
  });

  it('reports every problem at once', () => {
    const bad = draft({
      key: 'X',
      title: '',
      eligibilityRules: [
        { key: 'ok', text: 'ok', checkedAtIntake: true },
        { key: 'ok', text: '\u0000', checkedAtIntake: false },
        { key: 'Not A Key', text: 'fine', checkedAtIntake: false },
      ],
      criteria: [criterion('a', { weight: 0 })],
    });
    expect(fields(bad)).toEqual([
      'key',
      'title',
      'eligibilityRules.1.key',
      'eligibilityRules.1.text',
      'eligibilityRules.2.key',
      'criteria.0.weight',
    ]);
  });
});
