import { randomUUID } from 'node:crypto';
import { expectNoGraphQLErrors } from '@best/kit/testing';
import { gatewayClient, startStack, type GatewayClient, type Stack } from '../src';

// One list: the network's intake checks the intake traits of the newest published guideline, which
// it reads from awards through the real gateway, as itself.

let stack: Stack;
let client: GatewayClient;
let admin: string;
beforeAll(async () => {
  stack = await startStack();
  client = gatewayClient(stack.gatewayUrl);
  admin = await client.signIn('admin@best.example');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<T> {
  return expectNoGraphQLErrors((await client.gql(query, variables, cookie)).body, query) as T;
}

const INTAKE_TRAITS = `{ intakeTraits { key text } }`;
const PROPOSE = `mutation ($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { proposalId } }`;
const PROPOSAL = `query ($id: ID!) { initiativeProposal(id: $id) {
  proposerEligibility { guidelineId guidelineVersion checks { trait text met } } } }`;
const GUIDELINE_RULES = `query { guidelines(key: "best-practice-guidelines", published: true) {
  id version eligibilityRules { key text checkedAtIntake } } }`;

const proposal = (eligibility: { trait: string; met: boolean }[]) => ({
  countryCode: 'HR',
  title: `Shared kitchen ${randomUUID().slice(0, 8)}`,
  summary: 'Neighbours and refugees cook and eat together every Friday in the community hall.',
  city: 'Zagreb',
  targetGroups: ['NEIGHBOURS'],
  activities: ['CULTURE'],
  meetingPlace: 'Community hall',
  meetingTimes: 'Fridays, 18:00',
  proposerRelation: 'NOMINATOR',
  proposerName: 'Ana Primjer',
  language: 'hr',
  organizationName: 'Zagreb Shared Kitchen',
  organizationKind: 'COMMUNITY_GROUP',
  eligibility,
});
const allMet = (traits: { key: string }[]) => traits.map((t) => ({ trait: t.key, met: true }));

describe('the intake checklist is the published guideline’s intake traits', () => {
  it('a new version published with an extra intake trait: the next proposal answers it and those after it must', async () => {
    const before: { key: string; text: string }[] = (await ok(INTAKE_TRAITS)).intakeTraits;
    expect(before.map((t) => t.key)).toEqual([
      'brings-locals-and-forced-migrants-together',
      'fixed-meeting-place-and-regular-times',
      'promotes-social-inclusion',
      'benefits-locals-too',
    ]);
    // The public proposes against version 1; the network reads (and keeps) its traits.
    await ok(PROPOSE, { input: proposal(allMet(before)) });

    const [v1] = (await ok(GUIDELINE_RULES, {}, admin)).guidelines;
    const draft = (
      await ok(
        `mutation ($input: StartGuidelineVersionInput!) { startGuidelineVersion(input: $input) { guideline { id revision } } }`,
        { input: { key: 'best-practice-guidelines' } },
        admin,
      )
    ).startGuidelineVersion.guideline;
    const extra = { key: 'shares-meals', text: 'People share meals together.', checkedAtIntake: true };
    const revised = (
      await ok(
        `mutation ($input: ReviseGuidelineDraftInput!) { reviseGuidelineDraft(input: $input) { guideline { revision } } }`,
        {
          input: {
            id: draft.id,
            expectedRevision: draft.revision,
            eligibilityRules: [...v1.eligibilityRules, extra],
          },
        },
        admin,
      )
    ).reviseGuidelineDraft.guideline;
    await ok(
      `mutation ($input: PublishGuidelineInput!) { publishGuideline(input: $input) { guideline { id } } }`,
      { input: { id: draft.id, expectedRevision: revised.revision } },
      admin,
    );
    const after: { key: string; text: string }[] = (await ok(INTAKE_TRAITS)).intakeTraits;
    expect(after.map((t) => t.key)).toEqual([...before.map((t) => t.key), 'shares-meals']);

    // The web form reads intakeTraits afresh and answers the new list: the network, which kept version
    // 1's list, reads the guideline again on the mismatch and accepts it against version 2.
    const answered = allMet(after).map((c) => (c.trait === 'shares-meals' ? { ...c, met: false } : c));
    const { proposalId } = (await ok(PROPOSE, { input: proposal(answered) })).proposeInitiative;
    const { initiativeProposal } = await ok(PROPOSAL, { id: proposalId }, admin);
    expect(initiativeProposal.proposerEligibility).toEqual({
      guidelineId: draft.id,
      guidelineVersion: 2,
      checks: after.map((t) => ({ trait: t.key, text: t.text, met: t.key !== 'shares-meals' })),
    });

    // From then on a proposal that leaves the new trait out is refused, naming it.
    const stale = await client.gql(PROPOSE, { input: proposal(allMet(before)) });
    expect(stale.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stale.body.errors?.[0].extensions?.problems).toContainEqual({
      field: 'eligibility',
      message: expect.stringContaining('"shares-meals"'),
    });
  });
});
