import { demoId, demoNetwork } from '@best/demo';
import { signServiceRead } from '@best/kit';
import { expectNoGraphQLErrors, TEST_IDENTITY_SECRET, type GraphQLResponse } from '@best/kit/testing';
import webManifest from '@best/web/persisted-query-manifest.json';
import { gatewayClient, startStack, type Stack } from '../src';

// Trusted documents through the real gateway over HTTP, enforced: the web client's registered
// documents by id (both forms, POST and GET), unknown ids, and who may send documents of their own.

let stack: Stack;
let admin: string;
let coordinator: string;
const tokens: Record<'read' | 'write' | 'exportOnly', string> = { read: '', write: '', exportOnly: '' };

const maltaPartner = demoNetwork().countries.find((c) => c.code === 'MT')!.partnerOrganizationId!;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/** The id of a web client operation in the committed manifest, by name. */
function webDocument(name: string) {
  const operation = webManifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name} is not in the web client's manifest`);
  return operation;
}
const VIEWER = webDocument('ViewerQuery');
const INITIATIVES = webDocument('InitiativesRouteQuery');
const WITHDRAW_WITH_CODE = webDocument('WithdrawConsentWithCodeMutation');

type Credential = { cookie?: string; bearer?: string };
type Answer = { status: number; body: GraphQLResponse<any> };

async function post(body: unknown, credential: Credential = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...PREFLIGHT,
      ...(credential.cookie ? { cookie: credential.cookie } : {}),
      ...(credential.bearer ? { authorization: `Bearer ${credential.bearer}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<any> };
}

async function get(
  params: Record<string, string>,
  credential: Credential = {},
): Promise<Answer & { allow: string | null }> {
  const response = await fetch(`${stack.gatewayUrl}?${new URLSearchParams(params)}`, {
    headers: { ...PREFLIGHT, ...(credential.cookie ? { cookie: credential.cookie } : {}) },
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResponse<any>,
    allow: response.headers.get('allow'),
  };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const FREE_FORM = '{ me { email role } initiatives(first: 1) { totalCount } }';

function expectRefused(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status, code });
  expect(answer.body.data ?? null).toBeNull();
}

async function createToken(scopes: string[]): Promise<string> {
  const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;
  const input = {
    organizationId: maltaPartner,
    name: `Trusted documents ${scopes.join('+')}`,
    scopes,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  };
  return expectNoGraphQLErrors((await post({ query: CREATE, variables: { input } }, { cookie: admin })).body, CREATE)
    .createApiToken.secret;
}

beforeAll(async () => {
  stack = await startStack({ trustedDocuments: 'enforce' });
  const client = gatewayClient(stack.gatewayUrl);
  admin = await client.signIn('admin@best.example');
  coordinator = await client.signIn('coordinator.mt@best.example');
  tokens.read = await createToken(['READ']);
  tokens.write = await createToken(['WRITE']);
  tokens.exportOnly = await createToken(['EXPORT']);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe("the web client's registered documents, by id", () => {
  it('run by `documentId` and by `extensions.persistedQuery.sha256Hash`, by POST, for the public', async () => {
    const variables = { first: 2 };
    for (const body of [
      { documentId: `sha256:${INITIATIVES.id}`, variables },
      { documentId: INITIATIVES.id, variables },
      { extensions: { persistedQuery: { version: 1, sha256Hash: INITIATIVES.id } }, variables },
    ]) {
      const answer = await post(body);
      expect(answer.status).toBe(200);
      const data = expectNoGraphQLErrors(answer.body, INITIATIVES.name);
      expect(data.initiatives.edges).toHaveLength(2);
    }
  });

  it('run by GET for a query, in either form, as the signed-in person who sends it', async () => {
    const byId = await get({ documentId: VIEWER.id }, { cookie: coordinator });
    expect(expectNoGraphQLErrors(byId.body, VIEWER.name).me).toMatchObject({ role: 'NATIONAL_COORDINATOR' });
    const byExtensions = await get({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: VIEWER.id } }),
    });
    expect(expectNoGraphQLErrors(byExtensions.body, VIEWER.name)).toEqual({ me: null });
  });

  it('a registered mutation by GET is refused with 405 (Allow: POST), and runs by POST', async () => {
    const variables = JSON.stringify({ input: { code: 'NOT-A-CODE' } });
    const byGet = await get({ documentId: WITHDRAW_WITH_CODE.id, variables });
    expect(byGet.status).toBe(405);
    expect(byGet.allow).toBe('POST');
    expect(codeOf(byGet)).toBe('BAD_REQUEST');
    const byPost = await post({ documentId: WITHDRAW_WITH_CODE.id, variables: JSON.parse(variables) });
    expect(byPost.status).toBe(200);
    expect(codeOf(byPost)).not.toBe('FORBIDDEN');
  });

  it('an unknown id is 404 PERSISTED_QUERY_NOT_FOUND in every form, never a 500', async () => {
    const unknown = 'f'.repeat(64);
    expectRefused(await post({ documentId: unknown }), 404, 'PERSISTED_QUERY_NOT_FOUND');
    expectRefused(await post({ documentId: unknown }, { cookie: admin }), 404, 'PERSISTED_QUERY_NOT_FOUND');
    expectRefused(
      await post({ extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } }),
      404,
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expectRefused(await get({ documentId: unknown }), 404, 'PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('who may send a document of their own, under enforcement', () => {
  it('the public may not', async () => {
    expectRefused(await post({ query: FREE_FORM }), 403, 'FORBIDDEN');
    expectRefused(await get({ query: '{ me { email } }' }), 403, 'FORBIDDEN');
  });

  it('a signed-in coordinator may not (staff use the web client), though the same data comes by id', async () => {
    expectRefused(await post({ query: FREE_FORM }, { cookie: coordinator }), 403, 'FORBIDDEN');
    // The document of a registered id, sent in full with its hash (Apollo's retry form), is not vouched for by it.
    const retried = await post(
      { query: VIEWER.body, extensions: { persistedQuery: { version: 1, sha256Hash: VIEWER.id } } },
      { cookie: coordinator },
    );
    expectRefused(retried, 403, 'FORBIDDEN');
  });

  it('an admin may', async () => {
    const data = expectNoGraphQLErrors((await post({ query: FREE_FORM }, { cookie: admin })).body, FREE_FORM);
    expect(data.me).toEqual({ email: 'admin@best.example', role: 'ADMIN' });
  });

  it('a partner token with READ may, and with WRITE may, under the same operation limits', async () => {
    const read = expectNoGraphQLErrors((await post({ query: FREE_FORM }, { bearer: tokens.read })).body, FREE_FORM);
    expect(read.initiatives.totalCount).toBeGreaterThan(0);
    const write = await post({ query: '{ me { email } }' }, { bearer: tokens.write });
    expect(write.status).toBe(200);
    expect(expectNoGraphQLErrors(write.body)).toEqual({ me: null });
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: __typename`).join(' ');
    expectRefused(await post({ query: `{ ${aliases} }` }, { bearer: tokens.read }), 400, 'OPERATION_TOO_COMPLEX');
  });

  it("a token with only EXPORT may not, nor run the web client's documents (no export operation is registered yet)", async () => {
    const own = await post({ query: FREE_FORM }, { bearer: tokens.exportOnly });
    expectRefused(own, 403, 'FORBIDDEN');
    expect(own.body.errors?.[0].message).toMatch(/only the EXPORT scope runs the registered export operations/);
    expectRefused(await post({ documentId: VIEWER.id }, { bearer: tokens.exportOnly }), 403, 'FORBIDDEN');
  });
});

describe("the platform's own reads keep working under enforcement", () => {
  it('a subgraph reads through the gateway as itself with a document of its own', async () => {
    const query = '{ countries { code } }';
    const answer = await post({ query }, {}, signServiceRead('awards', TEST_IDENTITY_SECRET));
    expect(answer.status).toBe(200);
    expect(expectNoGraphQLErrors(answer.body, query).countries.length).toBeGreaterThan(0);
  });

  it("assigning a juror, which makes awards read the juror's organisation through the gateway, succeeds", async () => {
    const ok = async (query: string, variables: Record<string, unknown>) =>
      expectNoGraphQLErrors((await post({ query, variables }, { cookie: admin })).body, query);
    const { guidelines } = await ok('{ guidelines(published: true) { id } }', {});
    const CREATE = `mutation ($input: CreateAwardEditionInput!) { createAwardEdition(input: $input) { edition { id version } } }`;
    const { id, version } = (
      await ok(CREATE, {
        input: {
          countryCode: 'MT',
          year: 2071,
          title: 'Malta 2071 (trusted documents)',
          guidelineId: guidelines[0].id,
          nominationsCloseAt: '2071-06-30T22:00:00Z',
          decisionAt: '2071-09-30T10:00:00Z',
        },
      })
    ).createAwardEdition.edition;
    const MOVE = `mutation ($input: MoveAwardEditionPhaseInput!) { moveAwardEditionPhase(input: $input) { edition { id } } }`;
    await ok(MOVE, { input: { id, expectedVersion: version, to: 'NOMINATIONS_OPEN', reason: 'Open for the test.' } });
    const ASSIGN = `mutation ($input: AssignJurorInput!) { assignJuror(input: $input) { juryMember { id } } }`;
    const member = demoId('account', 'member@best.example');
    const assigned = await ok(ASSIGN, {
      input: { editionId: id, jurorAccountId: member, displayName: 'Member juror' },
    });
    expect(assigned.assignJuror.juryMember.id).toEqual(expect.any(String));
  });

  it("the manual's HTML and the story feed render for the public (the gateway's own operations)", async () => {
    const MANUALS = '{ manuals { id title status } }';
    const manuals = expectNoGraphQLErrors((await post({ query: MANUALS }, { cookie: admin })).body, MANUALS).manuals;
    const published = manuals.find((m: { status: string }) => m.status === 'PUBLISHED');
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const html = await fetch(`${base}/manuals/${published.id}.html`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain(published.title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
    const feed = await fetch(`${base}/feeds/stories.rss`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('<rss');
  });
});
