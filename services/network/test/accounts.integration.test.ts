import { type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { demoAccountId } from '../src/seed/demo-accounts';
import { networkSubgraph } from '../src/subgraph';
import { internalRoutes, signInDemoPeople, type InternalRoutes } from './internal-routes';
import { partnerOf } from './seed';

let net: TestSubgraph;
let routes: InternalRoutes;
let admin: Viewer;
let coordinatorMT: Viewer;
let coordinatorIT: Viewer;
let member: Viewer;
beforeAll(async () => {
  net = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_access' });
  routes = internalRoutes(net);
  ({ admin, coordinatorMT, coordinatorIT, member } = await signInDemoPeople(routes));
});
afterAll(async () => {
  await net?.stop();
});

const CREATE = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) { account { id email role countryCode organization { id } version } } }`;
const CHANGE = `mutation($input: ChangeAccountRoleInput!) {
  changeAccountRole(input: $input) { account { id role countryCode version } } }`;
const DISABLE = `mutation($input: DisableAccountInput!) {
  disableAccount(input: $input) { account { id disabledAt } sessionsEnded } }`;

let serial = 0;
const newAccount = (extra: Record<string, unknown>) => ({
  email: `person.${++serial}@partner.example`,
  displayName: `Person ${serial}`,
  password: 'a long first password',
  ...extra,
});
const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

async function create(by: Viewer, input: Record<string, unknown>) {
  const data = expectNoGraphQLErrors((await net.gql(CREATE, { input }, by)).body, CREATE);
  return data.createAccount.account;
}

describe('accounts: who may see them', () => {
  const LIST = '{ accounts(first: 100) { totalCount nodes { email role countryCode } } }';

  it('`me` is the signed-in account, and null for the public and for a partner token', async () => {
    const mine = expectNoGraphQLErrors(
      (await net.gql('{ me { id email displayName role organization { id } } }', {}, member)).body,
    );
    expect(mine.me).toEqual({
      id: demoAccountId('member@best.example'),
      email: 'member@best.example',
      displayName: 'Demo Member JRS Malta',
      role: 'ORGANIZATION_MEMBER',
      organization: { id: partnerOf('MT') },
    });
    expect(expectNoGraphQLErrors((await net.gql('{ me { id } }')).body).me).toBeNull();
    const token = viewers.token(partnerOf('MT'), 'MT');
    expect(expectNoGraphQLErrors((await net.gql('{ me { id } }', {}, token)).body).me).toBeNull();
  });

  it('an admin lists every demo account', async () => {
    const data = expectNoGraphQLErrors((await net.gql(LIST, {}, admin)).body);
    const emails = data.accounts.nodes.map((a: any) => a.email);
    for (const email of [
      'admin@best.example',
      'coordinator.mt@best.example',
      'coordinator.it@best.example',
      'member@best.example',
      'juror@best.example',
      'viewer@best.example',
    ]) {
      expect(emails).toContain(email);
    }
  });

  it("a coordinator lists only their country's accounts", async () => {
    const data = expectNoGraphQLErrors((await net.gql(LIST, {}, coordinatorMT)).body);
    expect(data.accounts.nodes.length).toBeGreaterThanOrEqual(2);
    expect(data.accounts.nodes.every((a: any) => a.countryCode === 'MT')).toBe(true);
    expect(data.accounts.nodes.map((a: any) => a.email)).not.toContain('coordinator.it@best.example');
  });

  it('a member sees only their own account; the public and tokens see none', async () => {
    const mine = expectNoGraphQLErrors((await net.gql(LIST, {}, member)).body);
    expect(mine.accounts.nodes.map((a: any) => a.email)).toEqual(['member@best.example']);
    expect(expectNoGraphQLErrors((await net.gql(LIST)).body).accounts.totalCount).toBe(0);
    const token = viewers.token(partnerOf('MT'), 'MT');
    expect(expectNoGraphQLErrors((await net.gql(LIST, {}, token)).body).accounts.totalCount).toBe(0);
  });

  it('an account of another country is null for a coordinator, and never shows its password hash', async () => {
    const query = 'query($id: ID!) { account(id: $id) { email } }';
    const id = demoAccountId('coordinator.it@best.example');
    expect(expectNoGraphQLErrors((await net.gql(query, { id }, coordinatorMT)).body).account).toBeNull();
    expect(expectNoGraphQLErrors((await net.gql(query, { id }, admin)).body).account.email).toBe(
      'coordinator.it@best.example',
    );
    const { body } = await net.gql('{ me { passwordHash } }', {}, admin);
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('accounts: createAccount', () => {
  it('an admin creates a national coordinator, and the creation is audited', async () => {
    const account = await create(admin, newAccount({ role: 'NATIONAL_COORDINATOR', countryCode: 'pt' }));
    expect(account).toMatchObject({ role: 'NATIONAL_COORDINATOR', countryCode: 'PT', organization: null, version: 1 });
    const [event] = await net.dataSource.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'ACCOUNT_CREATED' AND subject_id = $1`,
      [account.id],
    );
    expect(event).toEqual({
      actor_id: admin.id,
      details: { role: 'NATIONAL_COORDINATOR', countryCode: 'PT', organizationId: null },
    });
  });

  it("a coordinator creates a member of an organisation of their country, who takes the organisation's country", async () => {
    const account = await create(
      coordinatorMT,
      newAccount({ role: 'ORGANIZATION_MEMBER', organizationId: partnerOf('MT') }),
    );
    expect(account).toMatchObject({
      role: 'ORGANIZATION_MEMBER',
      countryCode: 'MT',
      organization: { id: partnerOf('MT') },
    });
  });

  it("a coordinator may not create a member of another country's organisation, nor an admin or a coordinator", async () => {
    for (const input of [
      newAccount({ role: 'ORGANIZATION_MEMBER', organizationId: partnerOf('IT') }),
      newAccount({ role: 'ADMIN' }),
      newAccount({ role: 'NATIONAL_COORDINATOR', countryCode: 'MT' }),
      newAccount({ role: 'VIEWER', countryCode: 'IT' }),
    ]) {
      const { body } = await net.gql(CREATE, { input }, coordinatorMT);
      expect(codeOf(body)).toBe('FORBIDDEN');
    }
  });

  it('the public is asked to sign in; members, viewers and tokens are refused', async () => {
    const input = newAccount({ role: 'VIEWER' });
    expect(codeOf((await net.gql(CREATE, { input })).body)).toBe('UNAUTHENTICATED');
    for (const by of [member, viewers.viewer(), viewers.token(partnerOf('MT'), 'MT', ['READ', 'WRITE', 'EXPORT'])]) {
      expect(codeOf((await net.gql(CREATE, { input }, by)).body)).toBe('FORBIDDEN');
    }
  });

  it('refuses an email already in use, whatever its case, with CONFLICT', async () => {
    const { body } = await net.gql(
      CREATE,
      { input: newAccount({ role: 'VIEWER', email: 'Viewer@BEST.example' }) },
      admin,
    );
    expect(codeOf(body)).toBe('CONFLICT');
  });

  it('refuses a short password, a bad email and a role without what it needs, field by field', async () => {
    const { body } = await net.gql(
      CREATE,
      { input: newAccount({ role: 'VIEWER', email: 'not an email', password: 'short' }) },
      admin,
    );
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    const fields = (body.errors?.[0].extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));

    const noCountry = await net.gql(CREATE, { input: newAccount({ role: 'NATIONAL_COORDINATOR' }) }, admin);
    expect(codeOf(noCountry.body)).toBe('BAD_USER_INPUT');
    expect(noCountry.body.errors?.[0].extensions?.problems).toEqual([
      { field: 'countryCode', message: 'A national coordinator needs the country they coordinate.' },
    ]);
    const unknownCountry = await net.gql(CREATE, { input: newAccount({ role: 'VIEWER', countryCode: 'ZZ' }) }, admin);
    expect(codeOf(unknownCountry.body)).toBe('BAD_USER_INPUT');
    const memberWithoutOrg = await net.gql(CREATE, { input: newAccount({ role: 'ORGANIZATION_MEMBER' }) }, admin);
    expect(codeOf(memberWithoutOrg.body)).toBe('BAD_USER_INPUT');
  });

  it('a new account signs in with the password it was given', async () => {
    const input = newAccount({ role: 'JUROR' });
    await create(admin, input);
    const { viewer } = await routes.signIn(input.email as string, input.password as string);
    expect(viewer.role).toBe('JUROR');
  });
});

describe('accounts: changeAccountRole', () => {
  it('an admin changes a role; the audit keeps the role before and after; the next sign-in check sees the new role', async () => {
    const input = newAccount({ role: 'VIEWER' });
    const account = await create(admin, input);
    const { sessionToken } = await routes.signIn(input.email as string, input.password as string);
    const data = expectNoGraphQLErrors(
      (
        await net.gql(
          CHANGE,
          { input: { accountId: account.id, role: 'NATIONAL_COORDINATOR', countryCode: 'HR' } },
          admin,
        )
      ).body,
    );
    expect(data.changeAccountRole.account).toMatchObject({
      role: 'NATIONAL_COORDINATOR',
      countryCode: 'HR',
      version: 2,
    });
    const { body } = await routes.internal('/authenticate', { sessionToken });
    expect(body.viewer).toMatchObject({ role: 'NATIONAL_COORDINATOR', countryCode: 'HR' });
    const [event] = await net.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'ACCOUNT_ROLE_CHANGED' AND subject_id = $1`,
      [account.id],
    );
    expect(event.details).toEqual({
      before: { role: 'VIEWER', countryCode: null, organizationId: null },
      after: { role: 'NATIONAL_COORDINATOR', countryCode: 'HR', organizationId: null },
    });
  });

  it('a coordinator turns a member of their country into a viewer of their country', async () => {
    const account = await create(
      coordinatorMT,
      newAccount({ role: 'ORGANIZATION_MEMBER', organizationId: partnerOf('MT') }),
    );
    const data = expectNoGraphQLErrors(
      (await net.gql(CHANGE, { input: { accountId: account.id, role: 'VIEWER', countryCode: 'MT' } }, coordinatorMT))
        .body,
    );
    expect(data.changeAccountRole.account).toMatchObject({ role: 'VIEWER', countryCode: 'MT' });
  });

  it('a coordinator may not promote a member of their country to coordinator', async () => {
    const account = await create(coordinatorMT, newAccount({ role: 'VIEWER', countryCode: 'MT' }));
    const { body } = await net.gql(
      CHANGE,
      { input: { accountId: account.id, role: 'NATIONAL_COORDINATOR', countryCode: 'MT' } },
      coordinatorMT,
    );
    expect(codeOf(body)).toBe('FORBIDDEN');
  });

  it("a coordinator cannot find another country's accounts to change them", async () => {
    const { body } = await net.gql(
      CHANGE,
      { input: { accountId: demoAccountId('coordinator.it@best.example'), role: 'VIEWER' } },
      coordinatorMT,
    );
    expect(codeOf(body)).toBe('NOT_FOUND');
  });

  it('nobody changes their own role; the public is asked to sign in', async () => {
    const own = await net.gql(CHANGE, { input: { accountId: admin.id, role: 'VIEWER' } }, admin);
    expect(codeOf(own.body)).toBe('FORBIDDEN');
    const anonymous = await net.gql(CHANGE, {
      input: { accountId: demoAccountId('viewer@best.example'), role: 'JUROR' },
    });
    expect(codeOf(anonymous.body)).toBe('UNAUTHENTICATED');
  });

  it('refuses a change made on a stale version with CONFLICT', async () => {
    const account = await create(admin, newAccount({ role: 'VIEWER' }));
    await net.gql(CHANGE, { input: { accountId: account.id, role: 'JUROR' } }, admin);
    const { body } = await net.gql(
      CHANGE,
      { input: { accountId: account.id, role: 'VIEWER', expectedVersion: 1 } },
      admin,
    );
    expect(codeOf(body)).toBe('CONFLICT');
  });
});

describe('accounts: disableAccount', () => {
  it('disabling an account ends all its sessions at once and it can no longer sign in', async () => {
    const input = newAccount({ role: 'ORGANIZATION_MEMBER', organizationId: partnerOf('MT') });
    const account = await create(coordinatorMT, input);
    const first = await routes.signIn(input.email as string, input.password as string);
    const second = await routes.signIn(input.email as string, input.password as string);
    const data = expectNoGraphQLErrors(
      (await net.gql(DISABLE, { input: { accountId: account.id, reason: 'left the organisation' } }, coordinatorMT))
        .body,
    );
    expect(data.disableAccount.sessionsEnded).toBe(2);
    expect(data.disableAccount.account.disabledAt).toEqual(expect.any(String));
    for (const { sessionToken } of [first, second]) {
      expect((await routes.internal('/authenticate', { sessionToken })).status).toBe(401);
    }
    const again = await routes.internal('/sign-in', {
      email: input.email,
      password: input.password,
      address: '192.0.2.99',
    });
    expect(again.status).toBe(401);
    const [event] = await net.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'ACCOUNT_DISABLED' AND subject_id = $1`,
      [account.id],
    );
    expect(event.details).toEqual({ reason: 'left the organisation', sessionsEnded: 2 });
  });

  it("a coordinator cannot disable another country's account, a member cannot disable anyone, nobody disables themselves", async () => {
    const italian = await create(coordinatorIT, newAccount({ role: 'VIEWER', countryCode: 'IT' }));
    expect(codeOf((await net.gql(DISABLE, { input: { accountId: italian.id } }, coordinatorMT)).body)).toBe(
      'NOT_FOUND',
    );
    expect(codeOf((await net.gql(DISABLE, { input: { accountId: italian.id } }, member)).body)).toBe('FORBIDDEN');
    expect(codeOf((await net.gql(DISABLE, { input: { accountId: italian.id } })).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await net.gql(DISABLE, { input: { accountId: admin.id } }, admin)).body)).toBe('FORBIDDEN');
    const stillThere = await net.dataSource.query('SELECT disabled_at FROM account WHERE id = $1', [italian.id]);
    expect(stillThere[0].disabled_at).toBeNull();
  });

  it('disabled accounts leave the list unless asked for', async () => {
    const account = await create(admin, newAccount({ role: 'VIEWER', countryCode: 'BE' }));
    await net.gql(DISABLE, { input: { accountId: account.id } }, admin);
    const list = async (includeDisabled: boolean) =>
      expectNoGraphQLErrors(
        (
          await net.gql(
            'query($d: Boolean) { accounts(countryCode: "BE", includeDisabled: $d) { nodes { id } } }',
            { d: includeDisabled },
            admin,
          )
        ).body,
      ).accounts.nodes.map((a: any) => a.id);
    expect(await list(false)).not.toContain(account.id);
    expect(await list(true)).toContain(account.id);
  });
});
