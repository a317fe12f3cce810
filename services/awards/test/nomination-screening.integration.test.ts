import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { checks, nominations, RULES, SCREEN, SHORTLIST } from './nomination-helpers';

let awards: TestSubgraph;
let helpers: ReturnType<typeof nominations>;
let edition: AwardEdition;

const coordinator = viewers.coordinator('PT');
const nominator = viewers.member('0d000000-0000-4000-8000-00000000f501', 'PT');

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  helpers = nominations(awards);
  edition = await helpers.openEdition('PT');
});

afterAll(async () => {
  await awards?.stop();
});

const screen = (input: Record<string, unknown>) => awards.gql(SCREEN, { input }, coordinator);
const shortlist = (input: Record<string, unknown>) => awards.gql(SHORTLIST, { input }, coordinator);

/** A nomination screened eligible, with the version it has then. */
async function eligible(on: AwardEdition = edition) {
  const { id, version } = await helpers.nominate(on, nominator);
  const data = await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, coordinator);
  return data.screenNomination.nomination as { id: string; version: number };
}

describe('screenNomination', () => {
  it('screens ELIGIBLE when every rule is met, keeping each answer with the rule’s text in the guideline’s order', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const answers = [...checks()].reverse().map((c) => (c.rule === 'one-year' ? { ...c, note: 'Since 2019.' } : c));
    const data = await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: answers } }, coordinator);
    expect(data.screenNomination.nomination).toMatchObject({
      status: 'ELIGIBLE',
      eligibility: 'ELIGIBLE',
      eligibilityReason: null,
      version: version + 1,
      screenedAt: expect.any(String),
      eligibilityChecks: RULES.map(({ key, text }) => ({
        rule: key,
        text,
        met: true,
        note: key === 'one-year' ? 'Since 2019.' : null,
      })),
    });
  });

  it('screens INELIGIBLE when a rule is not met, with the reason given', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const input = { id, expectedVersion: version, checks: checks([1]), reason: 'Started eight months ago.' };
    const data = await awards.ok(SCREEN, { input }, coordinator);
    expect(data.screenNomination.nomination).toMatchObject({
      status: 'INELIGIBLE',
      eligibility: 'INELIGIBLE',
      eligibilityReason: 'Started eight months ago.',
    });
    expect(data.screenNomination.nomination.eligibilityChecks.map((c: { met: boolean }) => c.met)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('refuses INELIGIBLE without a reason with BAD_USER_INPUT on reason, and stores nothing', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const result = await screen({ id, expectedVersion: version, checks: checks([0]) });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(problemFields(result)).toEqual(['reason']);
    expect(await helpers.stored(id)).toMatchObject({ status: 'SUBMITTED', eligibility: 'UNCHECKED', version });
  });

  it.each([
    ['a rule left unanswered', checks().slice(0, 2), /rule "brings-together" is not answered/],
    [
      'a rule answered twice',
      [...checks(), { rule: 'in-country', met: false }],
      /rule "in-country" is answered more than once/,
    ],
    ['a rule the guideline does not have', [...checks(), { rule: 'rule-3', met: true }], /no rule "rule-3"/],
    ['no answer at all', [], /rules "in-country", "one-year" and "brings-together" are not answered/],
  ])('refuses %s with BAD_USER_INPUT naming the rules', async (_case, answers, message) => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const result = await screen({ id, expectedVersion: version, checks: answers });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0].extensions?.problems).toContainEqual({
      field: 'checks',
      message: expect.stringMatching(message),
    });
    expect(await helpers.stored(id)).toMatchObject({ status: 'SUBMITTED', version });
  });

  it('re-screens before the decision: an ineligible nomination found eligible after all, its checks replaced', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const first = await awards.ok(
      SCREEN,
      { input: { id, expectedVersion: version, checks: checks([2]), reason: 'No migrants among the members.' } },
      coordinator,
    );
    const again = await awards.ok(
      SCREEN,
      { input: { id, expectedVersion: first.screenNomination.nomination.version, checks: checks() } },
      coordinator,
    );
    expect(again.screenNomination.nomination).toMatchObject({
      status: 'ELIGIBLE',
      eligibility: 'ELIGIBLE',
      eligibilityReason: null,
    });
    expect(again.screenNomination.nomination.eligibilityChecks.every((c: { met: boolean }) => c.met)).toBe(true);
  });

  it('refuses a stale expectedVersion with CONFLICT and the current version, and stores nothing', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const after = await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, coordinator);
    const stale = await screen({ id, expectedVersion: version, checks: checks([0]), reason: 'Runs in Spain.' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.body.errors?.[0].extensions).toMatchObject({ currentVersion: version + 1, expectedVersion: version });
    expect(await helpers.stored(id)).toMatchObject({
      status: 'ELIGIBLE',
      version: after.screenNomination.nomination.version,
    });
  });

  it('two screenings from the same version at once: one is stored, the other is a CONFLICT', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const results = await Promise.all([
      screen({ id, expectedVersion: version, checks: checks() }),
      screen({ id, expectedVersion: version, checks: checks([1]), reason: 'Too young.' }),
    ]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await helpers.stored(id)).toMatchObject({ version: version + 1 });
  });

  it('screens during judging too', async () => {
    const judged = await helpers.openEdition('PT');
    const { id, version } = await helpers.nominate(judged, nominator);
    await helpers.moveTo(judged, AwardEditionPhase.JUDGING);
    const data = await awards.ok(SCREEN, { input: { id, expectedVersion: version, checks: checks() } }, coordinator);
    expect(data.screenNomination.nomination.status).toBe('ELIGIBLE');
  });

  it.each([AwardEditionPhase.DECIDED, AwardEditionPhase.ANNOUNCED])(
    'refuses screening once the edition is %s with CONFLICT',
    async (phase) => {
      const late = await helpers.openEdition('PT');
      const { id, version } = await helpers.nominate(late, nominator);
      await helpers.moveTo(late, phase);
      const result = await screen({ id, expectedVersion: version, checks: checks() });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.body.errors?.[0].message).toContain(phase);
    },
  );

  it('refuses to re-screen a shortlisted nomination with CONFLICT: it comes off the shortlist first', async () => {
    const { id, version } = await eligible();
    const listed = await awards.ok(
      SHORTLIST,
      { input: { id, expectedVersion: version, shortlisted: true } },
      coordinator,
    );
    const result = await screen({
      id,
      expectedVersion: listed.shortlistNomination.nomination.version,
      checks: checks(),
    });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.body.errors?.[0].message).toMatch(/shortlist first/);
  });

  it('answers NOT_FOUND for a nomination that does not exist', async () => {
    const result = await screen({ id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, checks: checks() });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  it('refuses a note with a control character with BAD_USER_INPUT', async () => {
    const { id, version } = await helpers.nominate(edition, nominator);
    const answers = checks().map((c) => ({ ...c, note: 'Seen\u0000.' }));
    const result = await screen({ id, expectedVersion: version, checks: answers });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('shortlistNomination', () => {
  it('puts an eligible nomination on the shortlist and takes it off again', async () => {
    const { id, version } = await eligible();
    const on = await awards.ok(SHORTLIST, { input: { id, expectedVersion: version, shortlisted: true } }, coordinator);
    expect(on.shortlistNomination.nomination).toMatchObject({
      status: 'SHORTLISTED',
      eligibility: 'ELIGIBLE',
      version: version + 1,
    });
    const off = await awards.ok(
      SHORTLIST,
      { input: { id, expectedVersion: version + 1, shortlisted: false } },
      coordinator,
    );
    expect(off.shortlistNomination.nomination).toMatchObject({ status: 'ELIGIBLE', version: version + 2 });
  });

  it('lists the shortlist of an edition by status', async () => {
    const { id, version } = await eligible();
    await awards.ok(SHORTLIST, { input: { id, expectedVersion: version, shortlisted: true } }, coordinator);
    const query = `query($id: ID!) { awardEdition(id: $id) { nominations(first: 100, status: SHORTLISTED) { nodes { id status } } } }`;
    const data = await awards.ok(query, { id: edition.id }, coordinator);
    expect(data.awardEdition.nominations.nodes).toContainEqual({ id, status: 'SHORTLISTED' });
    expect(data.awardEdition.nominations.nodes.every((n: { status: string }) => n.status === 'SHORTLISTED')).toBe(true);
  });

  it('refuses to shortlist a nomination not screened eligible (submitted, ineligible) with CONFLICT', async () => {
    const submitted = await helpers.nominate(edition, nominator);
    const notScreened = await shortlist({ id: submitted.id, expectedVersion: submitted.version, shortlisted: true });
    expect(codeOf(notScreened)).toBe('CONFLICT');
    expect(notScreened.body.errors?.[0].message).toContain('SUBMITTED');

    const other = await helpers.nominate(edition, nominator);
    const screened = await awards.ok(
      SCREEN,
      { input: { id: other.id, expectedVersion: other.version, checks: checks([0]), reason: 'Runs in Spain.' } },
      coordinator,
    );
    const ineligible = await shortlist({
      id: other.id,
      expectedVersion: screened.screenNomination.nomination.version,
      shortlisted: true,
    });
    expect(codeOf(ineligible)).toBe('CONFLICT');
    expect(await helpers.stored(other.id)).toMatchObject({ status: 'INELIGIBLE' });
  });

  it('refuses to take off the shortlist a nomination that is not on it with CONFLICT', async () => {
    const { id, version } = await eligible();
    const result = await shortlist({ id, expectedVersion: version, shortlisted: false });
    expect(codeOf(result)).toBe('CONFLICT');
  });

  it('shortlists during judging, not once the edition is decided (CONFLICT)', async () => {
    const judged = await helpers.openEdition('PT');
    const first = await eligible(judged);
    const second = await eligible(judged);
    await helpers.moveTo(judged, AwardEditionPhase.JUDGING);
    const data = await awards.ok(
      SHORTLIST,
      { input: { id: first.id, expectedVersion: first.version, shortlisted: true } },
      coordinator,
    );
    expect(data.shortlistNomination.nomination.status).toBe('SHORTLISTED');
    await helpers.moveTo(judged, AwardEditionPhase.DECIDED);
    const late = await shortlist({ id: second.id, expectedVersion: second.version, shortlisted: true });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(await helpers.stored(second.id)).toMatchObject({ status: 'ELIGIBLE' });
  });

  it('refuses a stale expectedVersion with CONFLICT', async () => {
    const { id, version } = await eligible();
    const result = await shortlist({ id, expectedVersion: version - 1, shortlisted: true });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await helpers.stored(id)).toMatchObject({ status: 'ELIGIBLE', version });
  });
});

describe('reading the screening', () => {
  it('lists an edition’s nominations with their checks in one statement per page (and its count), whatever their number', async () => {
    const query = `query($id: ID!) { awardEdition(id: $id) { nominations(first: 100) { nodes { id eligibilityChecks { rule met } } } } }`;
    const selects = await awards.selectsDuring(() => awards.ok(query, { id: edition.id }, coordinator));
    const reads = selects.filter((sql) => /FROM "nomination"/.test(sql));
    expect(reads.filter((sql) => !/COUNT\(/.test(sql))).toHaveLength(1);
    expect(reads).toHaveLength(2);
  });
});
