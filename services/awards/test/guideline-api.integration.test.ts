import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { Guideline } from '../src/guidelines/guideline.entity';
import { criterionDraft, seed } from './seed';

/** Guidelines drafted, revised, published, started again and compared, as an admin does it over HTTP. */
let awards: TestSubgraph;
const admin = viewers.admin();

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const GUIDELINE_FIELDS = `id key version title revision publishedAt eligibilityRules { key text checkedAtIntake }
  criteria { key name description weight scale { score descriptor } }`;
const CREATE = `mutation($input: CreateGuidelineDraftInput!) {
  createGuidelineDraft(input: $input) { guideline { ${GUIDELINE_FIELDS} } } }`;
const REVISE = `mutation($input: ReviseGuidelineDraftInput!) {
  reviseGuidelineDraft(input: $input) { guideline { ${GUIDELINE_FIELDS} } } }`;
const PUBLISH = `mutation($input: PublishGuidelineInput!) {
  publishGuideline(input: $input) { guideline { ${GUIDELINE_FIELDS} } } }`;
const START = `mutation($input: StartGuidelineVersionInput!) {
  startGuidelineVersion(input: $input) { guideline { ${GUIDELINE_FIELDS} } } }`;
const READ = `query($id: ID!) { guideline(id: $id) { ${GUIDELINE_FIELDS} } }`;

let sequence = 0;
const newKey = () => `api-guidelines-${++sequence}`;

const rule = (key: string, text: string, checkedAtIntake = false) => ({ key, text, checkedAtIntake });
const IN_COUNTRY = rule('in-country', 'Runs in the country of the edition.');
const SIX_MONTHS = rule('six-months', 'Has run for six months.');

const newDraft = (overrides: Record<string, unknown> = {}) => ({
  key: newKey(),
  title: 'Community building guidelines',
  eligibilityRules: [IN_COUNTRY],
  criteria: [criterionDraft('together', 2), criterionDraft('regular-times', 1)],
  ...overrides,
});

const read = async (id: string) => (await awards.ok(READ, { id }, admin)).guideline;

describe('drafting, revising and publishing a guideline', () => {
  it('an admin drafts version 1 of a new criteria set and reads it back with its criteria', async () => {
    const input = newDraft();
    const { guideline } = (await awards.ok(CREATE, { input }, admin)).createGuidelineDraft;
    expect(guideline).toMatchObject({
      key: input.key,
      version: 1,
      title: input.title,
      publishedAt: null,
      eligibilityRules: input.eligibilityRules,
      criteria: input.criteria,
    });
    expect(await read(guideline.id)).toEqual(guideline);
  });

  it('a draft of a key that already has versions is refused (CONFLICT): later versions start as a copy', async () => {
    const published = await seed(awards).guideline();
    const response = await awards.gql(CREATE, { input: newDraft({ key: published.key }) }, admin);
    expect(codeOf(response)).toBe('CONFLICT');
    expect(response.body.errors?.[0].message).toMatch(/start its next version/);
  });

  it('a revision with the current revision number changes the draft and counts up its revision', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const input = {
      id: draft.id,
      expectedRevision: draft.revision,
      title: 'Revised guidelines',
      eligibilityRules: [SIX_MONTHS],
      criteria: [criterionDraft('only-one', 3)],
    };
    const { guideline } = (await awards.ok(REVISE, { input }, admin)).reviseGuidelineDraft;
    expect(guideline).toMatchObject({
      title: 'Revised guidelines',
      revision: draft.revision + 1,
      eligibilityRules: [SIX_MONTHS],
      criteria: [criterionDraft('only-one', 3)],
    });
  });

  it('a revision that leaves fields out keeps them as they were', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const before = await read(draft.id);
    const input = { id: draft.id, expectedRevision: draft.revision, title: 'Only the title' };
    const { guideline } = (await awards.ok(REVISE, { input }, admin)).reviseGuidelineDraft;
    expect(guideline).toEqual({ ...before, title: 'Only the title', revision: draft.revision + 1 });
  });

  it('a revision based on a stale revision is refused (CONFLICT) and the draft keeps the other save', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    await awards.ok(REVISE, { input: { id: draft.id, expectedRevision: draft.revision, title: 'First save' } }, admin);
    const late = await awards.gql(
      REVISE,
      { input: { id: draft.id, expectedRevision: draft.revision, title: 'Late save' } },
      admin,
    );
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.body.errors?.[0].extensions).toMatchObject({
      currentRevision: draft.revision + 1,
      expectedRevision: draft.revision,
    });
    expect((await read(draft.id)).title).toBe('First save');
  });

  it('a published version cannot be revised (CONFLICT) and stays as it was', async () => {
    const published = await seed(awards).guideline();
    const before = await read(published.id);
    const input = { id: published.id, expectedRevision: published.revision, criteria: [criterionDraft('sneaked-in')] };
    const response = await awards.gql(REVISE, { input }, admin);
    expect(codeOf(response)).toBe('CONFLICT');
    expect(response.body.errors?.[0].message).toMatch(/is published and cannot change/);
    expect(await read(published.id)).toEqual(before);
  });

  it('publishing a draft with the current revision sets publishedAt; publishing it again is a CONFLICT', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const input = { id: draft.id, expectedRevision: draft.revision };
    const { guideline } = (await awards.ok(PUBLISH, { input }, admin)).publishGuideline;
    expect(new Date(guideline.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(
      codeOf(await awards.gql(PUBLISH, { input: { ...input, expectedRevision: guideline.revision } }, admin)),
    ).toBe('CONFLICT');
  });

  it('publishing a draft someone revised since you read it is refused (CONFLICT) and it stays a draft', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    await awards.ok(REVISE, { input: { id: draft.id, expectedRevision: draft.revision, title: 'Changed' } }, admin);
    const response = await awards.gql(PUBLISH, { input: { id: draft.id, expectedRevision: draft.revision } }, admin);
    expect(codeOf(response)).toBe('CONFLICT');
    expect((await read(draft.id)).publishedAt).toBeNull();
  });

  it('publishing an unknown guideline is NOT_FOUND', async () => {
    const input = { id: '00000000-0000-4000-8000-000000000000', expectedRevision: 1 };
    expect(codeOf(await awards.gql(PUBLISH, { input }, admin))).toBe('NOT_FOUND');
  });
});

describe('starting the next version of a criteria set', () => {
  it('starts as a copy of the latest published version, numbered after it', async () => {
    const v1 = await seed(awards).guideline();
    const published = await read(v1.id);
    const { guideline } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    const { id: _, version: __, publishedAt: ___, revision: ____, ...copied } = published;
    expect(guideline).toMatchObject({ ...copied, version: 2, publishedAt: null });
    expect(guideline.id).not.toBe(v1.id);
  });

  it('keeps every eligibility rule with its key, text and intake flag in the copy', async () => {
    const rules = [IN_COUNTRY, rule('together', 'Brings locals and forced migrants together.', true)];
    const v1 = await seed(awards).guideline({ eligibilityRules: rules });
    const { guideline } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    expect(guideline.eligibilityRules).toEqual(rules);
  });

  it('copies the latest published version, not an older one', async () => {
    const v1 = await seed(awards).guideline();
    const { guideline: v2 } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    const revise = { id: v2.id, expectedRevision: v2.revision, title: 'Second edition' };
    await awards.ok(REVISE, { input: revise }, admin);
    await awards.ok(PUBLISH, { input: { id: v2.id, expectedRevision: v2.revision + 1 } }, admin);
    const { guideline: v3 } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    expect(v3).toMatchObject({ version: 3, title: 'Second edition' });
  });

  it('revising the copy leaves the published version as it was', async () => {
    const v1 = await seed(awards).guideline();
    const before = await read(v1.id);
    const { guideline: v2 } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    const input = { id: v2.id, expectedRevision: v2.revision, criteria: [criterionDraft('together', 5)] };
    await awards.ok(REVISE, { input }, admin);
    expect(await read(v1.id)).toEqual(before);
  });

  it('is refused (CONFLICT) while a draft of that key exists', async () => {
    const v1 = await seed(awards).guideline();
    await awards.ok(START, { input: { key: v1.key } }, admin);
    const again = await awards.gql(START, { input: { key: v1.key } }, admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/already being prepared/);
    const drafts = await awards.dataSource.query('SELECT count(*)::int AS n FROM guideline WHERE key = $1', [v1.key]);
    expect(drafts).toEqual([{ n: 2 }]);
  });

  it('is NOT_FOUND for a key with no published version', async () => {
    expect(codeOf(await awards.gql(START, { input: { key: 'never-published' } }, admin))).toBe('NOT_FOUND');
  });
});

describe('the difference between two versions', () => {
  const DIFFERENCE = `query($from: ID!, $to: ID!) { guidelineDifference(fromId: $from, toId: $to) {
    from { version } to { version }
    title { from to }
    criteriaAdded { key } criteriaRemoved { key }
    criteriaChanged { key changedFields name { from to } description { from to } weight { from to }
      scaleLevels { score from to } from { weight } to { weight } }
    eligibilityRulesAdded { key text checkedAtIntake } eligibilityRulesRemoved { key }
    eligibilityRulesChanged { key text { from to } checkedAtIntake { from to } } } }`;

  it('lists criteria added, removed and changed, and eligibility rules added, removed and changed by key', async () => {
    const v1 = await seed(awards).guideline({
      eligibilityRules: [IN_COUNTRY, rule('together', 'Brings people together.')],
    });
    const { guideline: v2 } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    const together = criterionDraft('together', 3);
    together.scale[4].descriptor = 'Everyone plans and runs it together.';
    const input = {
      id: v2.id,
      expectedRevision: v2.revision,
      eligibilityRules: [SIX_MONTHS, rule('together', 'Brings locals and forced migrants together.', true)],
      criteria: [together, criterionDraft('social-inclusion')],
    };
    await awards.ok(REVISE, { input }, admin);
    const data = await awards.ok(DIFFERENCE, { from: v1.id, to: v2.id }, admin);
    expect(data.guidelineDifference).toEqual({
      from: { version: 1 },
      to: { version: 2 },
      title: null,
      criteriaAdded: [{ key: 'social-inclusion' }],
      criteriaRemoved: [{ key: 'regular-times' }],
      criteriaChanged: [
        {
          key: 'together',
          changedFields: ['WEIGHT', 'SCALE'],
          name: null,
          description: null,
          weight: { from: 2, to: 3 },
          scaleLevels: [{ score: 5, from: 'Level 5 of together', to: 'Everyone plans and runs it together.' }],
          from: { weight: 2 },
          to: { weight: 3 },
        },
      ],
      eligibilityRulesAdded: [SIX_MONTHS],
      eligibilityRulesRemoved: [{ key: 'in-country' }],
      eligibilityRulesChanged: [
        {
          key: 'together',
          text: { from: 'Brings people together.', to: 'Brings locals and forced migrants together.' },
          checkedAtIntake: { from: false, to: true },
        },
      ],
    });
  });

  it('is empty between a published version and its fresh copy', async () => {
    const v1 = await seed(awards).guideline();
    const { guideline: v2 } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    const data = await awards.ok(DIFFERENCE, { from: v1.id, to: v2.id }, admin);
    expect(data.guidelineDifference).toMatchObject({
      title: null,
      criteriaAdded: [],
      criteriaRemoved: [],
      criteriaChanged: [],
      eligibilityRulesAdded: [],
      eligibilityRulesRemoved: [],
      eligibilityRulesChanged: [],
    });
  });

  it('is null when either version does not exist', async () => {
    const v1: Guideline = await seed(awards).guideline();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await awards.ok(DIFFERENCE, { from: v1.id, to: unknown }, admin)).guidelineDifference).toBeNull();
    expect((await awards.ok(DIFFERENCE, { from: 'not-an-id', to: v1.id }, admin)).guidelineDifference).toBeNull();
  });
});

describe('what a guideline must be, refused with BAD_USER_INPUT naming each problem', () => {
  const level = (score: number, descriptor = `Level ${score}`) => ({ score, descriptor });
  const withCriterion = (overrides: Record<string, unknown>) =>
    newDraft({ criteria: [{ ...criterionDraft('together'), ...overrides }] });
  const refused = async (input: Record<string, unknown>) => {
    const response = await awards.gql(CREATE, { input }, admin);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    const stored = await awards.dataSource.query('SELECT 1 FROM guideline WHERE key = $1', [input.key]);
    expect(stored).toEqual([]);
    return problemFields(response);
  };

  it.each([0, -1, -0.5])('a criterion weight of %p (weights are greater than 0)', async (weight) => {
    expect(await refused(withCriterion({ weight }))).toEqual(['criteria.0.weight']);
  });

  it('accepts a small positive weight', async () => {
    await awards.ok(CREATE, { input: withCriterion({ weight: 0.05 }) }, admin);
  });

  it.each(['Best Practice', 'best_practice', 'best--practice', '-best', 'x'.repeat(81)])(
    'a guideline key %p (lowercase words joined by hyphens, at most 80 characters)',
    async (key) => {
      expect(await refused(newDraft({ key }))).toEqual(['key']);
    },
  );

  it('a criterion key that is not lowercase hyphenated words', async () => {
    expect(await refused(withCriterion({ key: 'Fixed Place' }))).toEqual(['criteria.0.key']);
  });

  it('two criteria with the same key in one version', async () => {
    const input = newDraft({ criteria: [criterionDraft('same'), criterionDraft('same')] });
    const response = await awards.gql(CREATE, { input }, admin);
    expect(problemFields(response)).toEqual(['criteria.1.key']);
    expect(response.body.errors?.[0].extensions?.problems).toEqual([
      { field: 'criteria.1.key', message: '"same" is used twice' },
    ]);
  });

  it('an eligibility rule whose key is not lowercase hyphenated words, or is used twice in one version', async () => {
    expect(await refused(newDraft({ eligibilityRules: [rule('Not A Key', 'Runs here.')] }))).toEqual([
      'eligibilityRules.0.key',
    ]);
    const response = await awards.gql(
      CREATE,
      { input: newDraft({ eligibilityRules: [IN_COUNTRY, IN_COUNTRY] }) },
      admin,
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].extensions?.problems).toEqual([
      { field: 'eligibilityRules.1.key', message: '"in-country" is used twice' },
    ]);
  });

  it('a scale level without a descriptor', async () => {
    expect(await refused(withCriterion({ scale: [level(1), level(2, '')] }))).toEqual([
      'criteria.0.scale.1.descriptor',
    ]);
    expect(await refused(withCriterion({ scale: [level(1), level(2, '   ')] }))).toEqual([
      'criteria.0.scale.1.descriptor',
    ]);
  });

  it('scale levels that are not consecutive, or not in ascending order', async () => {
    expect(await refused(withCriterion({ scale: [level(1), level(2), level(4)] }))).toEqual([
      'criteria.0.scale.2.score',
    ]);
    expect(await refused(withCriterion({ scale: [level(2), level(1)] }))).toEqual(['criteria.0.scale.1.score']);
  });

  it('a scale of one level, or of more than ten', async () => {
    expect(await refused(withCriterion({ scale: [level(1)] }))).toEqual(['criteria.0.scale']);
    const eleven = Array.from({ length: 11 }, (_, i) => level(i + 1));
    expect(await refused(withCriterion({ scale: eleven }))).toEqual(['criteria.0.scale']);
  });

  it('an empty or blank name, and an empty title', async () => {
    expect(await refused(withCriterion({ name: '' }))).toEqual(['criteria.0.name']);
    expect(await refused(withCriterion({ name: '  ' }))).toEqual(['criteria.0.name']);
    expect(await refused(newDraft({ title: '' }))).toEqual(['title']);
  });

  it('texts over their limits: title 200, name 200, description 2000, descriptor 500, eligibility rule 500', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const input = newDraft({
      title: long(201),
      eligibilityRules: [rule('long', long(501))],
      criteria: [
        {
          ...criterionDraft('together'),
          name: long(201),
          description: long(2001),
          scale: [level(1, long(501)), level(2)],
        },
      ],
    });
    expect((await refused(input)).sort()).toEqual(
      [
        'title',
        'eligibilityRules.0.text',
        'criteria.0.name',
        'criteria.0.description',
        'criteria.0.scale.0.descriptor',
      ].sort(),
    );
  });

  it('accepts texts exactly at their limits', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const input = newDraft({
      title: long(200),
      eligibilityRules: [rule('long', long(500))],
      criteria: [
        {
          ...criterionDraft('together'),
          name: long(200),
          description: long(2000),
          scale: [level(1, long(500)), level(2)],
        },
      ],
    });
    await awards.ok(CREATE, { input }, admin);
  });

  it('a guideline without criteria, and every problem of a draft at once', async () => {
    expect(await refused(newDraft({ criteria: [] }))).toEqual(['criteria']);
    const input = newDraft({
      criteria: [
        { ...criterionDraft('a'), weight: 0 },
        { ...criterionDraft('a'), scale: [level(1), level(3)] },
      ],
    });
    expect(await refused(input)).toEqual(['criteria.0.weight', 'criteria.1.scale.1.score', 'criteria.1.key']);
  });

  it('a revision that would make the draft invalid, which then stays as it was', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const before = await read(draft.id);
    const input = {
      id: draft.id,
      expectedRevision: draft.revision,
      criteria: [{ ...criterionDraft('together'), weight: -2 }],
    };
    const response = await awards.gql(REVISE, { input }, admin);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['criteria.0.weight']);
    expect(await read(draft.id)).toEqual(before);
  });

  it('publishing a draft that breaks the rules (written outside the API) lists its problems and keeps it a draft', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const gapAndBlank = JSON.stringify([level(1), level(3, ' ')]);
    await awards.dataSource.query(
      `UPDATE guideline_criterion SET scale = $1::jsonb WHERE guideline_id = $2 AND key = 'regular-times'`,
      [gapAndBlank, draft.id],
    );
    const response = await awards.gql(PUBLISH, { input: { id: draft.id, expectedRevision: draft.revision } }, admin);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].message).toMatch(/cannot be published until it is valid/);
    expect(problemFields(response)).toEqual(['criteria.1.scale.1.score', 'criteria.1.scale.1.descriptor']);
    expect((await read(draft.id)).publishedAt).toBeNull();
  });
});

describe("the network's intake checklist", () => {
  const INTAKE = `{ intakeTraits { key text checkedAtIntake } }`;
  const together = rule('brings-together', 'Brings locals and forced migrants together.', true);
  const fixedPlace = rule('fixed-place', 'Has a fixed meeting place.', true);

  it('is empty while "best-practice-guidelines" has no published version', async () => {
    expect((await awards.ok(INTAKE, {}, viewers.anonymous())).intakeTraits).toEqual([]);
  });

  it("is the newest published version's intake rules, in its order, for anyone; a draft does not count", async () => {
    const v1 = await seed(awards).guideline({
      key: 'best-practice-guidelines',
      eligibilityRules: [IN_COUNTRY, together],
    });
    expect((await awards.ok(INTAKE, {}, viewers.anonymous())).intakeTraits).toEqual([together]);

    const { guideline: v2 } = (await awards.ok(START, { input: { key: v1.key } }, admin)).startGuidelineVersion;
    const input = { id: v2.id, expectedRevision: v2.revision, eligibilityRules: [fixedPlace, IN_COUNTRY, together] };
    const revised = (await awards.ok(REVISE, { input }, admin)).reviseGuidelineDraft.guideline;
    expect((await awards.ok(INTAKE, {}, admin)).intakeTraits).toEqual([together]);

    await awards.ok(PUBLISH, { input: { id: v2.id, expectedRevision: revised.revision } }, admin);
    expect((await awards.ok(INTAKE, {}, viewers.anonymous())).intakeTraits).toEqual([fixedPlace, together]);
  });
});
