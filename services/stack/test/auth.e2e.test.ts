import { expectNoGraphQLErrors, type GraphQLResponse } from '@best/kit/testing';
import { demoNetwork } from '@best/demo';
import { startStack, type Stack } from '../src';

let stack: Stack;
let base: string;
beforeAll(async () => {
  stack = await startStack();
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const DEMO_PASSWORD = 'best-demo-2026';
const maltaPartner = () => demoNetwork().countries.find((c) => c.code === 'MT')!.partnerOrganizationId!;

/** A GraphQL request through the gateway with a session cookie or a Bearer token. */
async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  credential: { cookie?: string; bearer?: string } = {},
): Promise<{ status: number; body: GraphQLResponse<any>; setCookie: string[] }> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(credential.cookie ? { cookie: credential.cookie } : {}),
      ...(credential.bearer ? { authorization: `Bearer ${credential.bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResponse<any>,
    setCookie: response.headers.getSetCookie(),
  };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any, setCookie: response.headers.getSetCookie() };
}

/** Signs in and returns the `name=value` pair to send back as a Cookie header. */
async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const { status, body, setCookie } = await post('/auth/sign-in', { email, password });
  if (status !== 200) throw new Error(`sign-in of ${email}: ${status} ${JSON.stringify(body)}`);
  return setCookie[0].split(';')[0];
}

const ME = '{ me { email role countryCode } }';
const codeOf = (body: GraphQLResponse<any>) => body.errors?.[0]?.extensions?.code;

describe('signing in and out through the gateway', () => {
  it('a demo account signs in: an httpOnly, SameSite=Lax cookie, and `me` is that account', async () => {
    const { status, body, setCookie } = await post('/auth/sign-in', {
      email: 'coordinator.mt@best.example',
      password: DEMO_PASSWORD,
    });
    expect(status).toBe(200);
    expect(body.viewer).toMatchObject({ kind: 'USER', role: 'NATIONAL_COORDINATOR', countryCode: 'MT' });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(/^best_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie[0]).toMatch(/; HttpOnly/);
    expect(setCookie[0]).toMatch(/; SameSite=Lax/);
    expect(setCookie[0]).toMatch(/; Path=\//);
    expect(setCookie[0]).not.toMatch(/; Secure/); // not in production: the test stack speaks plain HTTP

    const me = expectNoGraphQLErrors((await gql(ME, {}, { cookie: setCookie[0].split(';')[0] })).body, ME);
    expect(me.me).toEqual({ email: 'coordinator.mt@best.example', role: 'NATIONAL_COORDINATOR', countryCode: 'MT' });
  });

  it('without credentials the caller is the public: `me` is null', async () => {
    expect(expectNoGraphQLErrors((await gql(ME)).body).me).toBeNull();
  });

  it('signing out clears the cookie, and the same cookie is then refused with UNAUTHENTICATED', async () => {
    const cookie = await signIn('member@best.example');
    expect((await gql(ME, {}, { cookie })).status).toBe(200);
    const out = await post('/auth/sign-out', {}, { cookie });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    expect(out.setCookie[0]).toMatch(/^best_session=; .*Max-Age=0/);

    const refused = await gql(ME, {}, { cookie });
    expect(refused.status).toBe(401);
    expect(codeOf(refused.body)).toBe('UNAUTHENTICATED');
    expect(refused.body.data).toBeUndefined();
    expect(refused.setCookie[0]).toMatch(/^best_session=; /);
  });

  it('a wrong password gets the same answer as an unknown email', async () => {
    const wrong = await post('/auth/sign-in', { email: 'admin@best.example', password: 'not the password' });
    const unknown = await post('/auth/sign-in', { email: 'nobody@best.example', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(codeOf(wrong.body)).toBe('UNAUTHENTICATED');
    expect(wrong.setCookie).toEqual([]);
  });

  it('an empty or malformed sign-in is BAD_USER_INPUT or BAD_REQUEST, never a server error', async () => {
    expect((await post('/auth/sign-in', {})).status).toBe(400);
    expect(codeOf((await post('/auth/sign-in', {})).body)).toBe('BAD_USER_INPUT');
    const notJson = await post('/auth/sign-in', '{"email":');
    expect(notJson.status).toBe(400);
    expect(codeOf(notJson.body)).toBe('BAD_REQUEST');
  });

  it('refuses a sign-in from another site (Origin) or without a JSON content type', async () => {
    const crossSite = await post(
      '/auth/sign-in',
      { email: 'admin@best.example', password: DEMO_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    expect(codeOf(crossSite.body)).toBe('FORBIDDEN');
    expect(crossSite.setCookie).toEqual([]);

    const form = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=admin%40best.example&password=best-demo-2026',
    });
    expect(form.status).toBe(415);
    expect(form.headers.getSetCookie()).toEqual([]);

    const sameHost = await post(
      '/auth/sign-in',
      { email: 'viewer@best.example', password: DEMO_PASSWORD },
      { origin: base },
    );
    expect(sameHost.status).toBe(200);
  });

  it('an invented session cookie or a malformed Authorization header is refused, not treated as the public', async () => {
    const invented = await gql(ME, {}, { cookie: `best_session=${'A'.repeat(43)}` });
    expect(invented.status).toBe(401);
    expect(codeOf(invented.body)).toBe('UNAUTHENTICATED');
    const basic = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: 'Basic YWRtaW4=',
      },
      body: JSON.stringify({ query: ME }),
    });
    expect(basic.status).toBe(401);
  });
});

describe('partner API tokens through the gateway', () => {
  const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id prefix } } }`;
  const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { status } } }`;
  const READ = `query($org: ID!) { organization(id: $org) { name } apiTokens(organizationId: $org) { totalCount } me { id } }`;

  it('an admin creates a token, the token reads, the admin revokes it, and its next request is refused', async () => {
    const admin = await signIn('admin@best.example');
    const input = {
      organizationId: maltaPartner(),
      name: 'Partner website',
      scopes: ['READ'],
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    };
    const created = expectNoGraphQLErrors(
      (await gql(CREATE, { input }, { cookie: admin })).body,
      CREATE,
    ).createApiToken;

    const read = await gql(READ, { org: maltaPartner() }, { bearer: created.secret });
    const data = expectNoGraphQLErrors(read.body, READ);
    expect(data.organization.name).toEqual(expect.any(String));
    expect(data.apiTokens.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.me).toBeNull();

    expect(
      expectNoGraphQLErrors((await gql(REVOKE, { id: created.apiToken.id }, { cookie: admin })).body).revokeApiToken
        .apiToken.status,
    ).toBe('REVOKED');
    const refused = await gql(READ, { org: maltaPartner() }, { bearer: created.secret });
    expect(refused.status).toBe(401);
    expect(codeOf(refused.body)).toBe('UNAUTHENTICATED');
    expect(refused.body.errors?.[0].message).toMatch(/revoked or expired/);
  });

  it('a token cannot create tokens, even for its own organisation', async () => {
    const admin = await signIn('admin@best.example');
    const input = {
      organizationId: maltaPartner(),
      name: 'Integration',
      scopes: ['READ', 'WRITE', 'EXPORT'],
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const { secret } = expectNoGraphQLErrors((await gql(CREATE, { input }, { cookie: admin })).body).createApiToken;
    const attempt = await gql(CREATE, { input }, { bearer: secret });
    expect(codeOf(attempt.body)).toBe('FORBIDDEN');
  });
});

describe('access changes take effect on the next request', () => {
  it("a disabled account's open session is refused on its next request", async () => {
    const admin = await signIn('admin@best.example');
    const input = {
      email: 'short.lived@partner.example',
      displayName: 'Short Lived',
      password: 'a long first password',
      role: 'VIEWER',
    };
    const created = expectNoGraphQLErrors(
      (
        await gql(
          'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
          { input },
          { cookie: admin },
        )
      ).body,
    ).createAccount.account;
    const session = await signIn(input.email, input.password);
    expect(expectNoGraphQLErrors((await gql(ME, {}, { cookie: session })).body).me.email).toBe(input.email);

    const disabled = await gql(
      'mutation($id: ID!) { disableAccount(input: { accountId: $id }) { sessionsEnded } }',
      { id: created.id },
      { cookie: admin },
    );
    expect(expectNoGraphQLErrors(disabled.body).disableAccount.sessionsEnded).toBe(1);
    const refused = await gql(ME, {}, { cookie: session });
    expect(refused.status).toBe(401);
    expect(codeOf(refused.body)).toBe('UNAUTHENTICATED');
  });

  it('a changed role is what the next request carries to the subgraphs', async () => {
    const admin = await signIn('admin@best.example');
    const input = {
      email: 'changing@partner.example',
      displayName: 'Changing Role',
      password: 'a long first password',
      role: 'VIEWER',
    };
    const { id } = expectNoGraphQLErrors(
      (
        await gql(
          'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
          { input },
          { cookie: admin },
        )
      ).body,
    ).createAccount.account;
    const session = await signIn(input.email, input.password);
    await gql(
      'mutation($id: ID!) { changeAccountRole(input: { accountId: $id, role: NATIONAL_COORDINATOR, countryCode: "RO" }) { account { id } } }',
      { id },
      { cookie: admin },
    );
    const me = expectNoGraphQLErrors((await gql(ME, {}, { cookie: session })).body).me;
    expect(me).toMatchObject({ role: 'NATIONAL_COORDINATOR', countryCode: 'RO' });
  });
});
