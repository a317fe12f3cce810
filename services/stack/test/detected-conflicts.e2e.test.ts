import { demoId, demoNetwork } from '@best/demo';
import { signServiceRead } from '@best/kit';
import { expectNoGraphQLErrors, TEST_IDENTITY_SECRET, type GraphQLResponse } from '@best/kit/testing';
import { gatewayClient, startStack, type GatewayClient, type Stack } from '../src';

// Awards reads the network through the real gateway, signed as itself: here with the whole platform
// and the demo network's own accounts and initiatives.

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

const MEMBER_ACCOUNT = demoId('account', 'member@best.example');
const JUROR_ACCOUNT = demoId('account', 'juror@best.example');
const network = demoNetwork();
const maltesePartner = network.countries.find((c) => c.code === 'MT')!.partnerOrganizationId!;

/** A request to the gateway as a subgraph reading as itself, with these headers. */
async function asService(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<any> };
}

async function ok<T = any>(query: string, variables: Record<string, unknown>, cookie?: string): Promise<T> {
  return expectNoGraphQLErrors((await client.gql(query, variables, cookie)).body, query) as T;
}

const ACCOUNT = `query AwardsJurorOrganization($id: ID!) { account(id: $id) { id organization { id } } }`;

describe('a subgraph reading through the real gateway', () => {
  it('reads what the platform itself may read (an account’s organisation) with a fresh service signature', async () => {
    const answer = await asService(ACCOUNT, { id: MEMBER_ACCOUNT }, signServiceRead('awards', TEST_IDENTITY_SECRET));
    expect(answer.status).toBe(200);
    expect(expectNoGraphQLErrors(answer.body, ACCOUNT)).toEqual({
      account: { id: MEMBER_ACCOUNT, organization: { id: maltesePartner } },
    });
  });

  it('is refused a mutation (FORBIDDEN), a replayed signature and a forged one (UNAUTHENTICATED)', async () => {
    // A mutation the platform itself (SYSTEM, an admin's rights) could make: refused before it is planned.
    const beBeforeJury = demoId('award-edition', 'BE-2017');
    const mutation = await asService(
      `mutation ($input: AssignJurorInput!) { assignJuror(input: $input) { juryMember { id } } }`,
      { input: { editionId: beBeforeJury, jurorAccountId: JUROR_ACCOUNT, displayName: 'Smuggled juror' } },
      signServiceRead('awards', TEST_IDENTITY_SECRET),
    );
    expect(mutation.status).toBe(403);
    expect(mutation.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { awardEdition } = await ok(
      `query ($id: ID!) { awardEdition(id: $id) { jury { jurorAccountId } } }`,
      {
        id: beBeforeJury,
      },
      admin,
    );
    expect(awardEdition.jury).toEqual([]);

    const headers = signServiceRead('awards', TEST_IDENTITY_SECRET);
    expect((await asService(ACCOUNT, { id: MEMBER_ACCOUNT }, headers)).status).toBe(200);
    const replayed = await asService(ACCOUNT, { id: MEMBER_ACCOUNT }, headers);
    expect(replayed.status).toBe(401);
    expect(replayed.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const forged = await asService(
      ACCOUNT,
      { id: MEMBER_ACCOUNT },
      signServiceRead('awards', 'someone-elses-secret-of-enough-length'),
    );
    expect(forged.status).toBe(401);
    expect(forged.body.data ?? null).toBeNull();
  });
});

describe('conflicts detected from the real network', () => {
  async function openMalteseEdition(year: number): Promise<string> {
    const { guidelines } = await ok<{ guidelines: { id: string }[] }>(
      '{ guidelines(published: true) { id } }',
      {},
      admin,
    );
    const created = await ok(
      `mutation ($input: CreateAwardEditionInput!) { createAwardEdition(input: $input) { edition { id version } } }`,
      {
        input: {
          countryCode: 'MT',
          year,
          title: `Malta ${year} (detected conflicts)`,
          guidelineId: guidelines[0].id,
          nominationsCloseAt: `${year}-06-30T22:00:00Z`,
          decisionAt: `${year}-09-30T10:00:00Z`,
        },
      },
      admin,
    );
    const { id, version } = created.createAwardEdition.edition;
    await ok(
      `mutation ($input: MoveAwardEditionPhaseInput!) { moveAwardEditionPhase(input: $input) { edition { id } } }`,
      { input: { id, expectedVersion: version, to: 'NOMINATIONS_OPEN', reason: 'Open for the conflict test.' } },
      admin,
    );
    return id;
  }

  it('a member of the organisation running an initiative, assigned as juror, does not see its nomination; another juror does', async () => {
    const editionId = await openMalteseEdition(2061);
    const assign = `mutation ($input: AssignJurorInput!) { assignJuror(input: $input) { juryMember { id } } }`;
    await ok(assign, { input: { editionId, jurorAccountId: MEMBER_ACCOUNT, displayName: 'Member juror' } }, admin);
    await ok(assign, { input: { editionId, jurorAccountId: JUROR_ACCOUNT, displayName: 'Demo juror' } }, admin);

    const runByPartner = network.initiatives.find((i) => i.organizationId === maltesePartner)!;
    const coordinator = await client.signIn('coordinator.mt@best.example');
    const submitted = await ok(
      `mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id } } }`,
      { input: { editionId, initiativeId: runByPartner.id, statement: 'Neighbours and newcomers meet every week.' } },
      coordinator,
    );
    const nominationId = submitted.submitNomination.nomination.id;

    const { awardEdition } = await ok(
      `query ($id: ID!) { awardEdition(id: $id) { conflicts { nominationId jurorAccountId kind reason } } }`,
      { id: editionId },
      coordinator,
    );
    expect(awardEdition.conflicts).toEqual([
      {
        nominationId,
        jurorAccountId: MEMBER_ACCOUNT,
        kind: 'DETECTED',
        reason: "The juror's organisation runs the initiative.",
      },
    ]);

    const NOMINATION = `query ($id: ID!) { nomination(id: $id) { id viewerHasConflict } }`;
    const member = await client.signIn('member@best.example');
    expect((await ok(NOMINATION, { id: nominationId }, member)).nomination).toBeNull();
    const juror = await client.signIn('juror@best.example');
    expect((await ok(NOMINATION, { id: nominationId }, juror)).nomination).toEqual({
      id: nominationId,
      viewerHasConflict: false,
    });
  });
});
