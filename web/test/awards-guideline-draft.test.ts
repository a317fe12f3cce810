import {
  criteriaInput,
  draftOf,
  eligibilityRulesInput,
  emptyRule,
  withCriterion,
  withRule,
} from '../src/routes/awards/guideline-draft';
import { groupByKey, previousVersion, startsNextVersion } from '../src/routes/awards/guideline-versions';

// The guideline draft editor's state and what it sends (src/routes/awards/guideline-draft.ts), and
// how versions are grouped and compared (guideline-versions.ts).

const saved = {
  title: 'Best-practice guidelines',
  eligibilityRules: [
    { key: 'in-country', text: 'Runs in the country.', checkedAtIntake: false },
    { key: 'brings-together', text: 'Brings locals and forced migrants together.', checkedAtIntake: true },
  ],
  criteria: [
    {
      key: 'fixed-meeting-place',
      name: 'A fixed meeting place',
      description: 'Where and when people meet.',
      weight: 2.5,
      // Out of order on purpose: the editor shows the lowest first.
      scale: [
        { score: 2, descriptor: 'Always' },
        { score: 1, descriptor: 'Sometimes' },
        { score: 3, descriptor: 'Always, with a key for everyone' },
      ],
    },
  ],
};

describe('the draft editor', () => {
  it('sends a saved version back as it was: rules with keys and intake flags, criteria, weights and scores from the lowest up', () => {
    const draft = draftOf(saved);
    expect(eligibilityRulesInput(draft)).toEqual(saved.eligibilityRules);
    expect(criteriaInput(draft)).toEqual([
      {
        key: 'fixed-meeting-place',
        name: 'A fixed meeting place',
        description: 'Where and when people meet.',
        weight: 2.5,
        scale: [
          { score: 1, descriptor: 'Sometimes' },
          { score: 2, descriptor: 'Always' },
          { score: 3, descriptor: 'Always, with a key for everyone' },
        ],
      },
    ]);
  });

  it('numbers the levels one up from the lowest score, whatever was typed before', () => {
    const draft = withCriterion(draftOf(saved), 0, (c) => ({ ...c, lowestScore: '0', levels: c.levels.slice(0, 2) }));
    expect(criteriaInput(draft)[0].scale).toEqual([
      { score: 0, descriptor: 'Sometimes' },
      { score: 1, descriptor: 'Always' },
    ]);
  });

  it('sends a weight that is not a number as 0 for the server to refuse, a decimal comma as a point, an empty description as null', () => {
    const typed = (weight: string) =>
      criteriaInput(withCriterion(draftOf(saved), 0, (c) => ({ ...c, weight, description: ' ' })))[0];
    expect(typed('heavy').weight).toBe(0);
    expect(typed('').weight).toBe(0);
    expect(typed('1,5').weight).toBe(1.5);
    expect(typed('1').description).toBeNull();
  });

  it('drops wholly empty rules, trims the others, and starts a new set with no rule and one empty criterion of three levels', () => {
    const draft = draftOf();
    expect(draft.eligibilityRules).toEqual([]);
    const typed = withRule({ ...draft, eligibilityRules: [emptyRule(), emptyRule(), emptyRule()] }, 1, {
      key: ' one ',
      text: ' One. ',
      checkedAtIntake: true,
    });
    expect(eligibilityRulesInput(typed)).toEqual([{ key: 'one', text: 'One.', checkedAtIntake: true }]);
    expect(criteriaInput(draft)).toEqual([
      {
        key: '',
        name: '',
        description: null,
        weight: 1,
        scale: [
          { score: 0, descriptor: '' },
          { score: 1, descriptor: '' },
          { score: 2, descriptor: '' },
        ],
      },
    ]);
  });
});

describe('guideline versions', () => {
  const versions = [
    { id: 'b1', key: 'b', version: 1, publishedAt: '2016-01-01' },
    { id: 'a1', key: 'a', version: 1, publishedAt: '2016-01-01' },
    { id: 'a3', key: 'a', version: 3, publishedAt: null },
    { id: 'a2', key: 'a', version: 2, publishedAt: '2017-01-01' },
  ];

  it('are grouped by set, newest version first', () => {
    expect(groupByKey(versions).map((set) => [set.key, set.versions.map((v) => v.id)])).toEqual([
      ['b', ['b1']],
      ['a', ['a3', 'a2', 'a1']],
    ]);
  });

  it('are compared with the one just before in the same set', () => {
    expect(previousVersion(versions, { key: 'a', version: 3 })?.id).toBe('a2');
    expect(previousVersion(versions, { key: 'a', version: 1 })).toBeUndefined();
    expect(previousVersion(versions, { key: 'b', version: 1 })).toBeUndefined();
  });

  it('start the next version only from the newest published one, and not while a draft follows it', () => {
    expect(startsNextVersion(versions, versions[0])).toBe(true);
    expect(startsNextVersion(versions, versions[3])).toBe(false);
    expect(startsNextVersion(versions, versions[2])).toBe(false);
    expect(startsNextVersion(versions.slice(0, 2).concat(versions[3]), versions[3])).toBe(true);
  });
});
