import { demoNetwork } from '@best/demo';
import { Scope, type Viewer } from '@best/kit';
import {
  codeOf,
  type GraphQLResult,
  problemFields,
  startSubgraph,
  type TestSubgraph,
  unique,
  viewers,
} from '@best/kit/testing';
import { PROPOSAL_LIMITS } from '../src/proposals/proposal.limits';
import { networkSubgraph } from '../src/subgraph';
import { INTAKE_GUIDELINE_ID, INTAKE_TRAITS, intakeGateway, proposalInput, seed, traitChecks } from './seed';

// The current guideline as the gateway answers the network (a double; the real path: stack e2e).
const gateway = intakeGateway();
let network: TestSubgraph;
beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_proposals', gateway });
});
afterAll(() => network?.stop());
afterEach(() => gateway.comeBack());

const demo = demoNetwork();
const maltese = demo.organizations.find((o) => o.countryCode === 'MT' && o.kind !== 'JRS_OFFICE')!;
/** The checks as a proposal reads them back: each trait's key and text, in the guideline's order. */
const recorded = (unmet: string[] = []) => ({
  guidelineId: INTAKE_GUIDELINE_ID,
  guidelineVersion: 1,
  checks: INTAKE_TRAITS.map((t) => ({ trait: t.key, text: t.text, met: !unmet.includes(t.key) })),
});
const ELIGIBILITY = 'guidelineId guidelineVersion checks { trait text met }';

const PROPOSE = `mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { proposalId receivedAt } }`;
const REVIEW = `mutation($input: ReviewProposalInput!) { reviewProposal(input: $input) {
  proposal { id state reviewReason reviewedBy reviewedAt eligibility { ${ELIGIBILITY} } }
  initiative { id listing version organization { id name membershipStage membershipHistory { fromStage toStage reason changedBy } } } } }`;
const PROPOSAL = `query($id: ID!) { initiativeProposal(id: $id) {
  id state language proposerRelation proposerName proposerEmail organizationName organizationKind submittedAt
  eligibility { ${ELIGIBILITY} } proposerEligibility { ${ELIGIBILITY} }
  country { code } initiative { id title listing version meetingPlace meetingTimes organization { id } } } }`;
const QUEUE = `query($country: ID, $state: ProposalState) { initiativeProposals(countryCode: $country, state: $state, first: 100) {
  totalCount nodes { id country { code } initiative { title } } } }`;

const propose = (input: Record<string, unknown>, viewer: Viewer = viewers.anonymous()): Promise<GraphQLResult> =>
  network.gql(PROPOSE, { input }, viewer);

/** Proposes as the public and returns the proposal as its reviewers see it. */
async function proposed(overrides: Record<string, unknown> = {}) {
  const response = await propose(proposalInput(overrides));
  expect(response.body.errors).toBeUndefined();
  const id = response.body.data!.proposeInitiative.proposalId;
  return (await network.ok(PROPOSAL, { id }, viewers.admin())).initiativeProposal;
}

const review = (viewer: Viewer, proposal: any, input: Record<string, unknown>) =>
  network.gql(
    REVIEW,
    {
      input: {
        proposalId: proposal.id,
        expectedVersion: proposal.initiative.version,
        eligibility: traitChecks(),
        ...input,
      },
    },
    viewer,
  );

describe('proposing an initiative', () => {
  it('the public proposes one in their language; it waits as PROPOSED for the coordinator of its country', async () => {
    const input = proposalInput({ language: 'mt', proposerRelation: 'NOMINATOR' });
    const response = await propose(input);
    expect(response.body.errors).toBeUndefined();
    const { proposalId, receivedAt } = response.body.data!.proposeInitiative;
    expect(Date.parse(receivedAt)).toBeGreaterThan(Date.now() - 60_000);

    const proposal = (await network.ok(PROPOSAL, { id: proposalId }, viewers.coordinator('MT'))).initiativeProposal;
    expect(proposal).toMatchObject({
      state: 'PENDING',
      language: 'mt',
      proposerRelation: 'NOMINATOR',
      proposerName: input.proposerName,
      proposerEmail: input.proposerEmail,
      organizationName: input.organizationName,
      organizationKind: 'COMMUNITY_GROUP',
      country: { code: 'MT' },
      initiative: {
        title: input.title,
        listing: 'PROPOSED',
        meetingPlace: input.meetingPlace,
        meetingTimes: input.meetingTimes,
        organization: null,
      },
    });
    const queue = await network.ok(QUEUE, {}, viewers.coordinator('MT'));
    expect(queue.initiativeProposals.nodes.map((n: any) => n.id)).toContain(proposalId);
  });

  it("keeps the proposer's answer to each intake trait by key, with its text and the guideline version", async () => {
    const unmet = ['benefits-locals-too'];
    const proposal = await proposed({ eligibility: [...traitChecks(unmet)].reverse() });
    expect(proposal).toMatchObject({ state: 'PENDING', eligibility: null, proposerEligibility: recorded(unmet) });
  });

  it.each([
    ['a trait left out', () => traitChecks().slice(1), 'eligibility', /answer the intake trait "brings-locals/],
    ['a trait answered twice', () => [...traitChecks(), traitChecks()[2]], 'eligibility.4', /answered more than once/],
    [
      'a key the guideline has but does not check at intake',
      () => [...traitChecks(), { trait: 'runs-in-edition-country', met: true }],
      'eligibility.4',
      /is not an intake trait/,
    ],
    [
      'an unknown key',
      () => [{ trait: 'nonsense', met: true }, ...traitChecks()],
      'eligibility.0',
      /not an intake trait/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming it, and stores nothing', async (_what, eligibility, field, message) => {
    const title = unique('Refused for its checks');
    const response = await propose(proposalInput({ title, eligibility: eligibility() }));
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].extensions?.problems).toContainEqual({
      field,
      message: expect.stringMatching(message),
    });
    const [{ n }] = await network.dataSource.query('SELECT count(*)::int AS n FROM initiative WHERE title = $1', [
      title,
    ]);
    expect(n).toBe(0);
  });

  it('reads the intake traits through the gateway once and keeps them for a while', async () => {
    const before = gateway.asked.length;
    await proposed();
    await proposed();
    expect(gateway.asked.length - before).toBeLessThanOrEqual(1);
    expect(gateway.asked.every((q) => q.operationName === 'NetworkIntakeChecklist')).toBe(true);
    expect(gateway.asked.at(-1)?.variables).toEqual({ key: 'best-practice-guidelines' });
  });

  it('answers SERVICE_UNAVAILABLE, storing nothing, when the gateway does not answer and nothing is kept', async () => {
    const title = unique('Proposed while awards is down');
    // A fresh reader of the gateway has nothing kept: the subgraph reads through it on the first proposal.
    const down = intakeGateway();
    down.goDown();
    const offline = await startSubgraph(networkSubgraph, {
      demo: true,
      prefix: 'network_proposals_down',
      gateway: down,
    });
    try {
      const response = await offline.gql(PROPOSE, { input: proposalInput({ title }) }, viewers.anonymous());
      expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
      expect(response.body.errors?.[0].message).toMatch(/intake traits could not be read/);
      const [{ n }] = await offline.dataSource.query('SELECT count(*)::int AS n FROM initiative WHERE title = $1', [
        title,
      ]);
      expect(n).toBe(0);
    } finally {
      await offline.stop();
    }
  });

  it('the initiative itself may describe itself, signed in or not', async () => {
    const response = await propose(proposalInput({ proposerRelation: 'SELF' }), viewers.member(maltese.id, 'MT'));
    expect(response.body.errors).toBeUndefined();
  });

  it('is not shown to the public, nor counted in the public lists', async () => {
    const before = await network.ok('{ initiatives(countryCode: "MT") { totalCount } }', {}, viewers.anonymous());
    const proposal = await proposed();
    const after = await network.ok('{ initiatives(countryCode: "MT") { totalCount } }', {}, viewers.anonymous());
    expect(after.initiatives.totalCount).toBe(before.initiatives.totalCount);
    expect((await network.ok(PROPOSAL, { id: proposal.id }, viewers.anonymous())).initiativeProposal).toBeNull();
  });

  it.each<[string, Viewer]>([
    ['the public', viewers.anonymous()],
    ['a member', viewers.member(maltese.id, 'MT')],
    ['a network viewer', viewers.viewer()],
    ['the coordinator of another country', viewers.coordinator('IT')],
  ])('the queue is empty for %s', async (_who, viewer) => {
    await proposed();
    const queue = await network.ok(QUEUE, { country: 'MT' }, viewer);
    expect(queue.initiativeProposals).toEqual({ totalCount: 0, nodes: [] });
  });

  it('a coordinator sees only the queue of their country; an admin sees every country', async () => {
    await proposed({ countryCode: 'MT' });
    await proposed({ countryCode: 'HR', city: 'Zagreb', language: 'hr' });
    const malta = await network.ok(QUEUE, {}, viewers.coordinator('MT'));
    expect(malta.initiativeProposals.nodes.every((n: any) => n.country.code === 'MT')).toBe(true);
    const all = await network.ok(QUEUE, {}, viewers.admin());
    const countries = new Set(all.initiativeProposals.nodes.map((n: any) => n.country.code));
    expect([...countries].sort()).toEqual(expect.arrayContaining(['HR', 'MT']));
  });

  it('a spam trap filled in gets an ordinary receipt and nothing is stored', async () => {
    const count = async () =>
      (await network.dataSource.query('SELECT count(*)::int AS n FROM initiative_proposal'))[0].n;
    const before = await count();
    const response = await propose(proposalInput({ homepage: 'https://cheap-pills.example.com' }));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.proposeInitiative.proposalId).toEqual(expect.any(String));
    expect(await count()).toBe(before);
  });

  it.each([
    ['no organisation at all', { organizationName: null, organizationId: null }, 'organizationName'],
    ['a language that is not ISO 639-1', { language: 'maltese' }, 'language'],
    ['an email without a domain', { proposerEmail: 'maria@' }, 'proposerEmail'],
    ['an organisation website without a scheme', { organizationWebsite: 'friends.example.org' }, 'organizationWebsite'],
    ['a country code that is not ISO 3166-1', { countryCode: 'QQ' }, 'countryCode'],
    ['a country not in the network', { countryCode: 'PL' }, 'countryCode'],
    ['an end before the start', { startDate: '2017-01-01', endDate: '2016-01-01' }, 'endDate'],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a summary of 9 characters', { summary: 'Too short' }, 'summary'],
    ['no activity', { activities: [] }, 'activities'],
    ['a proposer name with control characters', { proposerName: 'Ma\u0007ria' }, 'proposerName'],
    ['an unknown organisation id', { organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, change, field) => {
    const response = await propose(proposalInput(change));
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toContain(field);
  });

  it('refuses the same initiative twice while it waits, whatever the case, accents or punctuation', async () => {
    const first = proposalInput({ title: 'Café de la Solidarité à Marsa' });
    expect((await propose(first)).body.errors).toBeUndefined();
    const again = await propose(proposalInput({ title: 'CAFE DE LA SOLIDARITE — A MARSA!' }));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/already been proposed and waits for review/);
    const elsewhere = await propose(
      proposalInput({ title: 'Café de la Solidarité à Marsa', countryCode: 'BE', city: 'Namur' }),
    );
    expect(elsewhere.body.errors).toBeUndefined();
  });

  it('of two identical proposals sent at the same moment, one is kept', async () => {
    const title = unique('Simultaneous proposal');
    const results = await Promise.all([propose(proposalInput({ title })), propose(proposalInput({ title }))]);
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(1);
  });

  it('refuses an initiative the network already lists, pointing to it', async () => {
    const listed = demo.initiatives.find((i) => i.countryCode === 'MT')!;
    const response = await propose(proposalInput({ title: listed.title.toUpperCase() }));
    expect(codeOf(response)).toBe('CONFLICT');
    expect(response.body.errors?.[0].extensions?.initiativeId).toBe(listed.id);
  });

  it(`limits a signed-in caller to ${PROPOSAL_LIMITS.perViewerPerHour} proposals an hour`, async () => {
    const viewer = { ...viewers.viewer(), id: 'b0000000-0000-4000-8000-000000000077' };
    for (let i = 0; i < PROPOSAL_LIMITS.perViewerPerHour; i++) {
      expect((await propose(proposalInput(), viewer)).body.errors).toBeUndefined();
    }
    const refused = await propose(proposalInput(), viewer);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0].extensions?.retryAfterSeconds).toBe(3600);
    expect(
      (await propose(proposalInput(), { ...viewer, id: 'b0000000-0000-4000-8000-000000000078' })).body.errors,
    ).toBeUndefined();
  });

  it(`limits the public to ${PROPOSAL_LIMITS.anonymousPerCountryPerHour} proposals an hour for one country`, async () => {
    const country = { countryCode: 'PT', city: 'Faro', language: 'pt' };
    const [{ n }] = await network.dataSource.query(
      `SELECT count(*)::int AS n FROM initiative_proposal
        WHERE country_code = 'PT' AND proposer_viewer_id IS NULL AND submitted_at > now() - interval '1 hour'`,
    );
    for (let i = n; i < PROPOSAL_LIMITS.anonymousPerCountryPerHour; i++) {
      expect((await propose(proposalInput(country))).body.errors).toBeUndefined();
    }
    const refused = await propose(proposalInput(country));
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0].message).toMatch(/many proposals for PT/);
    expect((await propose(proposalInput(country), viewers.viewer())).body.errors).toBeUndefined();
    expect(
      (await propose(proposalInput({ countryCode: 'ES', city: 'Sevilla', language: 'es' }))).body.errors,
    ).toBeUndefined();
  });

  it(`refuses a title proposed ${PROPOSAL_LIMITS.sameTitle} times in a country within ${PROPOSAL_LIMITS.sameTitleDays} days`, async () => {
    const title = unique('Declined again and again');
    for (let i = 0; i < PROPOSAL_LIMITS.sameTitle; i++) {
      const proposal = await proposed({ title });
      expect(
        (await review(viewers.coordinator('MT'), proposal, { decision: 'DECLINE', reason: 'Not regular' })).body.errors,
      ).toBeUndefined();
    }
    expect(codeOf(await propose(proposalInput({ title })))).toBe('RATE_LIMITED');
  });
});

describe('reviewing a proposal', () => {
  it('the coordinator lists it after checking every intake trait: it goes public, its organisation enters the pipeline', async () => {
    const proposal = await proposed({ proposerRelation: 'NOMINATOR' });
    const response = await review(viewers.coordinator('MT'), proposal, { decision: 'LIST', reason: 'Site visit done' });
    expect(response.body.errors).toBeUndefined();
    const { proposal: reviewed, initiative } = response.body.data!.reviewProposal;
    expect(reviewed).toMatchObject({
      state: 'LISTED',
      reviewReason: 'Site visit done',
      reviewedBy: 'Test Coordinator MT',
      reviewedAt: expect.any(String),
      eligibility: recorded(),
    });
    expect(initiative.listing).toBe('LISTED');
    expect(initiative.organization).toMatchObject({
      name: proposal.organizationName,
      membershipStage: 'IDENTIFIED',
      membershipHistory: [
        {
          fromStage: null,
          toStage: 'IDENTIFIED',
          reason: 'Nominated through the public nomination form',
          changedBy: 'Test Coordinator MT',
        },
      ],
    });
    const read = await network.ok(
      'query($id: ID!) { initiative(id: $id) { listing } }',
      {
        id: initiative.id,
      },
      viewers.anonymous(),
    );
    expect(read.initiative.listing).toBe('LISTED');
  });

  it('a self-described initiative joins as described itself through the questionnaire', async () => {
    const proposal = await proposed({ proposerRelation: 'SELF' });
    const response = await review(viewers.admin(), proposal, { decision: 'LIST' });
    expect(response.body.data!.reviewProposal.initiative.organization.membershipHistory[0].reason).toBe(
      'Described itself through the national questionnaire',
    );
  });

  it("lists it under the proposer's organisation of the network, or the one the reviewer chooses", async () => {
    const own = await proposed({ organizationId: maltese.id, organizationName: null });
    const listed = await review(viewers.coordinator('MT'), own, { decision: 'LIST' });
    expect(listed.body.data!.reviewProposal.initiative.organization.id).toBe(maltese.id);

    const other = demo.organizations.find((o) => o.countryCode === 'MT' && o.id !== maltese.id)!;
    const named = await proposed();
    const chosen = await review(viewers.coordinator('MT'), named, { decision: 'LIST', organizationId: other.id });
    expect(chosen.body.data!.reviewProposal.initiative.organization.id).toBe(other.id);
  });

  it('refuses to list it while a trait is not met, naming the trait', async () => {
    const proposal = await proposed();
    const response = await review(viewers.coordinator('MT'), proposal, {
      decision: 'LIST',
      eligibility: traitChecks(['fixed-meeting-place-and-regular-times']),
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['eligibility.1']);
    expect(response.body.errors?.[0].message).toMatch(/fixed meeting place and regular times/);
  });

  it('refuses a review that leaves a trait out or names an unknown one, and keeps it pending', async () => {
    const proposal = await proposed();
    const missing = await review(viewers.coordinator('MT'), proposal, {
      decision: 'DECLINE',
      reason: 'Not regular',
      eligibility: traitChecks().slice(0, 3),
    });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(problemFields(missing)).toEqual(['eligibility']);
    const unknown = await review(viewers.coordinator('MT'), proposal, {
      decision: 'LIST',
      eligibility: [...traitChecks(), { trait: 'has-a-website', met: true }],
    });
    expect(problemFields(unknown)).toEqual(['eligibility.4']);
    const still = await network.ok(PROPOSAL, { id: proposal.id }, viewers.admin());
    expect(still.initiativeProposal.state).toBe('PENDING');
  });

  it('a review while the gateway does not answer (and the traits are not kept) is SERVICE_UNAVAILABLE and changes nothing', async () => {
    const proposal = await proposed();
    gateway.goDown();
    // What was kept serves for a while; a review that does not match it reads again, and the gateway is down.
    const response = await review(viewers.coordinator('MT'), proposal, {
      decision: 'LIST',
      eligibility: [...traitChecks(), { trait: 'new-trait', met: true }],
    });
    expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
    gateway.comeBack();
    const still = await network.ok(PROPOSAL, { id: proposal.id }, viewers.admin());
    expect(still.initiativeProposal.state).toBe('PENDING');
  });

  it('declines it with a reason: it stays out of public view, with the traits as checked', async () => {
    const proposal = await proposed();
    const unmet = ['brings-locals-and-forced-migrants-together', 'benefits-locals-too'];
    const response = await review(viewers.coordinator('MT'), proposal, {
      decision: 'DECLINE',
      eligibility: traitChecks(unmet),
      reason: 'Only newcomers take part; no locals.',
    });
    expect(response.body.data!.reviewProposal).toMatchObject({
      proposal: {
        state: 'DECLINED',
        eligibility: recorded(unmet),
        reviewReason: 'Only newcomers take part; no locals.',
      },
      initiative: { listing: 'DECLINED', organization: null },
    });
    const hidden = await network.ok(
      'query($id: ID!) { initiative(id: $id) { id } }',
      {
        id: proposal.initiative.id,
      },
      viewers.anonymous(),
    );
    expect(hidden.initiative).toBeNull();
    const declined = await network.ok(QUEUE, { state: 'DECLINED' }, viewers.coordinator('MT'));
    expect(declined.initiativeProposals.nodes.map((n: any) => n.id)).toContain(proposal.id);
  });

  it('refuses to decline without a reason', async () => {
    const proposal = await proposed();
    const response = await review(viewers.coordinator('MT'), proposal, { decision: 'DECLINE', reason: null });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['reason']);
  });

  it('a proposal already reviewed cannot be reviewed again', async () => {
    const proposal = await proposed();
    const first = await review(viewers.coordinator('MT'), proposal, { decision: 'DECLINE', reason: 'Duplicate' });
    const again = await review(viewers.admin(), proposal, {
      decision: 'LIST',
      expectedVersion: first.body.data!.reviewProposal.initiative.version,
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/already reviewed: DECLINED by Test Coordinator MT/);
  });

  it('a review of a proposal someone edited since is a CONFLICT', async () => {
    const proposal = await proposed();
    await network.ok(
      'mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { version } } }',
      { input: { id: proposal.initiative.id, expectedVersion: proposal.initiative.version, city: 'Marsa' } },
      viewers.admin(),
    );
    expect(codeOf(await review(viewers.coordinator('MT'), proposal, { decision: 'LIST' }))).toBe('CONFLICT');
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', viewers.coordinator('IT')],
    ['a member', 'FORBIDDEN', viewers.member(maltese.id, 'MT')],
    ['a WRITE token', 'FORBIDDEN', viewers.token(maltese.id, 'MT', [Scope.READ, Scope.WRITE])],
    ['a network viewer', 'FORBIDDEN', viewers.viewer()],
  ])('%s may not review (%s)', async (_who, code, viewer) => {
    const proposal = await proposed();
    expect(codeOf(await review(viewer, proposal, { decision: 'LIST' }))).toBe(code);
    const still = await network.ok(PROPOSAL, { id: proposal.id }, viewers.admin());
    expect(still.initiativeProposal.state).toBe('PENDING');
  });

  it('an unknown proposal is NOT_FOUND', async () => {
    const response = await review(
      viewers.admin(),
      { id: '00000000-0000-4000-8000-000000000000', initiative: { version: 1 } },
      {
        decision: 'LIST',
      },
    );
    expect(codeOf(response)).toBe('NOT_FOUND');
  });

  it('the initiative shows the proposal it came from to its reviewers only', async () => {
    const proposal = await proposed();
    await review(viewers.coordinator('MT'), proposal, { decision: 'LIST' });
    const query = 'query($id: ID!) { initiative(id: $id) { proposal { id state proposerEmail } } }';
    const staff = await network.ok(query, { id: proposal.initiative.id }, viewers.coordinator('MT'));
    expect(staff.initiative.proposal).toMatchObject({
      id: proposal.id,
      state: 'LISTED',
      proposerEmail: 'maria@example.org',
    });
    for (const viewer of [viewers.anonymous(), viewers.coordinator('IT'), viewers.member(maltese.id, 'MT')]) {
      expect((await network.ok(query, { id: proposal.initiative.id }, viewer)).initiative.proposal).toBeNull();
    }
  });

  it('pending proposals are counted on the country for its reviewers only', async () => {
    await proposed();
    const query = '{ country(code: "MT") { pendingProposals } }';
    const [{ n }] = await network.dataSource.query(
      `SELECT count(*)::int AS n FROM initiative WHERE listing = 'PROPOSED' AND country_code = 'MT'`,
    );
    expect((await network.ok(query, {}, viewers.coordinator('MT'))).country.pendingProposals).toBe(n);
    expect((await network.ok(query, {}, viewers.anonymous())).country.pendingProposals).toBeNull();
    expect((await network.ok(query, {}, viewers.coordinator('IT'))).country.pendingProposals).toBeNull();
  });
});

describe('seed builder sanity', () => {
  it('builds organisations through the API', async () => {
    const org = await seed(network).organization({ countryCode: 'HR' });
    expect(org).toMatchObject({ countryCode: 'HR', membershipStage: 'IDENTIFIED', version: 1 });
  });
});
