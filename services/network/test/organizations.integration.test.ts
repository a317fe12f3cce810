import { demoNetwork } from '@best/demo';
import { Scope, type Viewer } from '@best/kit';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, unique, viewers } from '@best/kit/testing';
import { networkSubgraph } from '../src/subgraph';
import { seed, type Seed } from './seed';

let network: TestSubgraph;
let given: Seed;
beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_orgs' });
  given = seed(network);
});
afterAll(() => network?.stop());

const demo = demoNetwork();
const maltese = demo.organizations.find((o) => o.countryCode === 'MT' && o.kind !== 'JRS_OFFICE')!;
const otherMaltese = demo.organizations.find((o) => o.countryCode === 'MT' && o.id !== maltese.id)!;

const CONTACTS = 'query($id: ID!) { organization(id: $id) { contactName contactEmail contactPhone } }';
const UPDATE = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { id name description version contactEmail website } } }`;
const MOVE = `mutation($input: MoveMembershipInput!) {
  moveMembership(input: $input) {
    organization { membershipStage version allowedMembershipMoves }
    change { fromStage toStage changedBy reason changedAt } } }`;
const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id membershipStage version membershipHistory { fromStage toStage changedBy reason } } } }`;

const contactAudits = async (organizationId: string): Promise<number> =>
  Number(
    (
      await network.dataSource.query(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'CONTACT_DETAILS_READ' AND subject_id = $1`,
        [organizationId],
      )
    )[0].n,
  );

describe('private contact details', () => {
  it.each<[string, Viewer]>([
    ['an admin', viewers.admin()],
    ['the coordinator of its country', viewers.coordinator('MT')],
    ['a member of the organisation', viewers.member(maltese.id, 'MT')],
    ['a READ token of the organisation', viewers.token(maltese.id, 'MT', [Scope.READ])],
  ])('are shown to %s', async (_who, viewer) => {
    const data = await network.ok(CONTACTS, { id: maltese.id }, viewer);
    expect(data.organization).toEqual({
      contactName: maltese.contactName,
      contactEmail: maltese.contactEmail,
      contactPhone: maltese.contactPhone,
    });
  });

  it.each<[string, Viewer]>([
    ['the public', viewers.anonymous()],
    ['a network viewer', viewers.viewer()],
    ['a juror', viewers.juror()],
    ['the coordinator of another country', viewers.coordinator('IT')],
    ['a member of another organisation', viewers.member(otherMaltese.id, 'MT')],
    ['a token of the organisation without READ', viewers.token(maltese.id, 'MT', [Scope.WRITE])],
  ])('are null for %s', async (_who, viewer) => {
    const data = await network.ok(CONTACTS, { id: maltese.id }, viewer);
    expect(data.organization).toEqual({ contactName: null, contactEmail: null, contactPhone: null });
  });

  it('leave one CONTACT_DETAILS_READ line in the audit log per organisation and request, only when shown', async () => {
    const org = await given.organization({ contactEmail: 'someone@example.org' });
    const twice = `query($id: ID!) { a: organization(id: $id) { contactName contactEmail } b: organization(id: $id) { contactPhone } }`;
    await network.ok(twice, { id: org.id }, viewers.anonymous());
    await network.ok(twice, { id: org.id }, viewers.coordinator('IT'));
    expect(await contactAudits(org.id)).toBe(0);
    await network.ok(twice, { id: org.id }, viewers.coordinator('MT'));
    expect(await contactAudits(org.id)).toBe(1);
    const [line] = await network.dataSource.query(
      `SELECT actor_kind, actor_display_name, subject_type, details FROM audit_event WHERE subject_id = $1`,
      [org.id],
    );
    expect(line).toEqual({
      actor_kind: 'USER',
      actor_display_name: 'Test Coordinator MT',
      subject_type: 'Organization',
      details: {},
    });
  });

  it('an organisation without contact details leaves no audit line', async () => {
    const org = await given.organization();
    await network.ok(CONTACTS, { id: org.id }, viewers.admin());
    expect(await contactAudits(org.id)).toBe(0);
  });
});

describe('creating organisations', () => {
  it('an admin adds one: it enters the pipeline as IDENTIFIED, with a dated first step', async () => {
    const data = await network.ok(
      CREATE,
      {
        input: {
          name: 'Ħbieb tal-Belt',
          countryCode: 'mt',
          kind: 'COMMUNITY_GROUP',
          reason: 'Met at the Valletta fair',
        },
      },
      viewers.admin(),
    );
    expect(data.createOrganization.organization).toMatchObject({
      membershipStage: 'IDENTIFIED',
      version: 1,
      membershipHistory: [
        { fromStage: null, toStage: 'IDENTIFIED', changedBy: 'Test Admin', reason: 'Met at the Valletta fair' },
      ],
    });
  });

  it('the coordinator of the country adds one', async () => {
    const data = await network.ok(
      CREATE,
      {
        input: { name: unique('Sliema Neighbours'), countryCode: 'MT', kind: 'COMMUNITY_GROUP' },
      },
      viewers.coordinator('MT'),
    );
    expect(data.createOrganization.organization.membershipStage).toBe('IDENTIFIED');
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', viewers.coordinator('IT')],
    ['a member', 'FORBIDDEN', viewers.member(maltese.id, 'MT')],
    ['a WRITE token', 'FORBIDDEN', viewers.token(maltese.id, 'MT', [Scope.WRITE])],
    ['a network viewer', 'FORBIDDEN', viewers.viewer()],
  ])('%s may not add one (%s)', async (_who, code, viewer) => {
    const response = await network.gql(
      CREATE,
      {
        input: { name: unique('Refused'), countryCode: 'MT', kind: 'NGO' },
      },
      viewer,
    );
    expect(codeOf(response)).toBe(code);
    expect(response.body.data).toBeNull();
  });

  it('refuses a country that is not in the network yet, and says how to add it', async () => {
    const response = await network.gql(
      CREATE,
      {
        input: { name: 'Fundacja', countryCode: 'PL', kind: 'NGO' },
      },
      viewers.admin(),
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].message).toMatch(/PL is not a country of the network yet.*addCountry/);
  });

  it.each([
    ['a code that is not ISO 3166-1', { countryCode: 'XX' }, 'countryCode'],
    ['a name of one letter', { name: 'A' }, 'name'],
    ['a name with a control character', { name: 'Bad\u0000name' }, 'name'],
    ['a website without https://', { website: 'www.example.org' }, 'website'],
    ['a website of another scheme', { website: 'javascript:alert(1)' }, 'website'],
    ['an email without a domain', { contactEmail: 'maria@' }, 'contactEmail'],
    ['a phone number with letters', { contactPhone: 'call me maybe' }, 'contactPhone'],
    ['a description of 5001 characters', { description: 'x'.repeat(5001) }, 'description'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, change, field) => {
    const response = await network.gql(
      CREATE,
      {
        input: { name: unique('Valid name'), countryCode: 'MT', kind: 'NGO', ...change },
      },
      viewers.admin(),
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toContain(field);
    expect(response.body.errors?.[0].message).toMatch(new RegExp(`${field}: `));
  });

  it('accepts every optional field when it is well formed', async () => {
    const data = await network.ok(
      CREATE,
      {
        input: {
          name: unique('Complete organisation'),
          countryCode: 'MT',
          kind: 'SCHOOL',
          website: 'https://school.example.org/welcome?lang=mt',
          description: 'A school that pairs pupils with newly arrived children.',
          contactName: 'Karl Prova',
          contactEmail: 'karl.prova@school.example.org',
          contactPhone: '+356 2123 4567',
        },
      },
      viewers.admin(),
    );
    expect(data.createOrganization.organization.id).toEqual(expect.any(String));
  });
});

describe('editing organisations', () => {
  const edit = (viewer: Viewer, id: string, version: number, changes: Record<string, unknown>) =>
    network.gql(UPDATE, { input: { id, expectedVersion: version, ...changes } }, viewer);

  it.each<[string, (orgId: string) => Viewer]>([
    ['an admin', () => viewers.admin()],
    ['the coordinator of its country', () => viewers.coordinator('MT')],
    ['a member of the organisation', (id) => viewers.member(id, 'MT')],
    ['a WRITE token of the organisation', (id) => viewers.token(id, 'MT', [Scope.READ, Scope.WRITE])],
  ])('%s changes its profile and contact details', async (_who, viewerFor) => {
    const org = await given.organization();
    const response = await edit(viewerFor(org.id), org.id, org.version, {
      description: 'Now also runs a Saturday language café.',
      contactEmail: 'hello@example.org',
      website: null,
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.updateOrganization.organization).toMatchObject({
      description: 'Now also runs a Saturday language café.',
      contactEmail: 'hello@example.org',
      website: null,
      version: org.version + 1,
    });
  });

  it.each<[string, string, (orgId: string) => Viewer]>([
    ['the public', 'UNAUTHENTICATED', () => viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', () => viewers.coordinator('IT')],
    ['a member of another organisation', 'FORBIDDEN', () => viewers.member(otherMaltese.id, 'MT')],
    ['a READ-only token of the organisation', 'FORBIDDEN', (id) => viewers.token(id, 'MT', [Scope.READ])],
    ['a network viewer', 'FORBIDDEN', () => viewers.viewer()],
  ])('%s may not change it (%s)', async (_who, code, viewerFor) => {
    const org = await given.organization();
    const response = await edit(viewerFor(org.id), org.id, org.version, { description: 'Hijacked' });
    expect(codeOf(response)).toBe(code);
    const data = await network.ok(
      'query($id: ID!) { organization(id: $id) { description version } }',
      {
        id: org.id,
      },
      viewers.admin(),
    );
    expect(data.organization).toEqual({ description: '', version: org.version });
  });

  it('the second of two people saving the same version gets CONFLICT, not a silent overwrite', async () => {
    const org = await given.organization();
    const first = await edit(viewers.coordinator('MT'), org.id, org.version, { description: 'First save' });
    expect(first.body.errors).toBeUndefined();
    const second = await edit(viewers.member(org.id, 'MT'), org.id, org.version, { description: 'Second save' });
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.body.errors?.[0].message).toMatch(/Someone else saved this organisation.*Reload it/);
    expect(second.body.errors?.[0].extensions).toMatchObject({
      currentVersion: org.version + 1,
      expectedVersion: org.version,
    });
    const data = await network.ok(
      'query($id: ID!) { organization(id: $id) { description } }',
      {
        id: org.id,
      },
      viewers.admin(),
    );
    expect(data.organization.description).toBe('First save');
  });

  it('of two saves sent at the same moment with the same version, exactly one wins', async () => {
    const org = await given.organization();
    const results = await Promise.all(
      ['Save A', 'Save B', 'Save C'].map((description) => edit(viewers.admin(), org.id, org.version, { description })),
    );
    expect(results.filter((r) => !r.body.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
  });

  it('refuses to remove the name, and an unknown organisation is NOT_FOUND', async () => {
    const org = await given.organization();
    const removed = await edit(viewers.admin(), org.id, org.version, { name: null });
    expect(codeOf(removed)).toBe('BAD_USER_INPUT');
    expect(problemFields(removed)).toEqual(['name']);
    const unknown = await edit(viewers.admin(), '00000000-0000-4000-8000-000000000000', 1, { description: 'x' });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('says who may edit through viewerCanEdit', async () => {
    const query = 'query($id: ID!) { organization(id: $id) { viewerCanEdit viewerCanMoveMembership } }';
    expect((await network.ok(query, { id: maltese.id }, viewers.member(maltese.id, 'MT'))).organization).toEqual({
      viewerCanEdit: true,
      viewerCanMoveMembership: false,
    });
    expect((await network.ok(query, { id: maltese.id }, viewers.coordinator('MT'))).organization).toEqual({
      viewerCanEdit: true,
      viewerCanMoveMembership: true,
    });
    expect((await network.ok(query, { id: maltese.id }, viewers.anonymous())).organization).toEqual({
      viewerCanEdit: false,
      viewerCanMoveMembership: false,
    });
  });
});

describe('the membership pipeline', () => {
  const move = async (
    viewer: Viewer,
    org: { id: string; version: number },
    toStage: string,
    reason = 'A good reason',
  ) => network.gql(MOVE, { input: { organizationId: org.id, toStage, reason, expectedVersion: org.version } }, viewer);

  /** Walks an organisation through `stages`, as the coordinator of Malta, checking each step. */
  async function walk(stages: string[]) {
    const org = await given.organization();
    let version = org.version;
    let from = 'IDENTIFIED';
    for (const to of stages) {
      const response = await move(viewers.coordinator('MT'), { id: org.id, version }, to, `${from} to ${to}`);
      expect(response.body.errors).toBeUndefined();
      const { organization, change } = response.body.data!.moveMembership;
      expect(organization.membershipStage).toBe(to);
      expect(change).toMatchObject({
        fromStage: from,
        toStage: to,
        changedBy: 'Test Coordinator MT',
        reason: `${from} to ${to}`,
      });
      expect(Date.parse(change.changedAt)).toBeGreaterThan(Date.now() - 60_000);
      version = organization.version;
      from = to;
    }
    return org;
  }

  it('allows every move: identified → contacted → declined → contacted → invited → member → inactive → member', async () => {
    const org = await walk(['CONTACTED', 'DECLINED', 'CONTACTED', 'INVITED', 'MEMBER', 'INACTIVE', 'MEMBER']);
    const data = await network.ok(
      'query($id: ID!) { organization(id: $id) { membershipHistory { fromStage toStage reason changedBy } } }',
      { id: org.id },
      viewers.viewer(),
    );
    expect(data.organization.membershipHistory.map((h: any) => `${h.fromStage}→${h.toStage}`)).toEqual([
      'null→IDENTIFIED',
      'IDENTIFIED→CONTACTED',
      'CONTACTED→DECLINED',
      'DECLINED→CONTACTED',
      'CONTACTED→INVITED',
      'INVITED→MEMBER',
      'MEMBER→INACTIVE',
      'INACTIVE→MEMBER',
    ]);
  });

  it('allows declining straight from identified, and from invited', async () => {
    await walk(['DECLINED']);
    await walk(['CONTACTED', 'INVITED', 'DECLINED']);
  });

  it.each([
    [[], 'MEMBER', ['CONTACTED', 'DECLINED']],
    [[], 'INVITED', ['CONTACTED', 'DECLINED']],
    [[], 'IDENTIFIED', ['CONTACTED', 'DECLINED']],
    [['CONTACTED'], 'MEMBER', ['INVITED', 'DECLINED']],
    [['CONTACTED', 'INVITED', 'MEMBER'], 'DECLINED', ['INACTIVE']],
    [['DECLINED'], 'INVITED', ['CONTACTED']],
    [['CONTACTED', 'INVITED', 'MEMBER', 'INACTIVE'], 'CONTACTED', ['MEMBER']],
  ])('after %j refuses a move to %s, naming the allowed ones', async (path, to, allowed) => {
    const walked = await walk(path);
    const current = await network.ok(
      'query($id: ID!) { organization(id: $id) { version membershipStage } }',
      {
        id: walked.id,
      },
      viewers.admin(),
    );
    const response = await move(viewers.admin(), { id: walked.id, version: current.organization.version }, to);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].extensions).toMatchObject({
      fromStage: current.organization.membershipStage,
      toStage: to,
      allowedStages: allowed,
    });
    expect(response.body.errors?.[0].message).toMatch(/can move to .*, not to /);
  });

  it.each<[string, string, (orgId: string) => Viewer]>([
    ['the public', 'UNAUTHENTICATED', () => viewers.anonymous()],
    ['a member of the organisation itself', 'FORBIDDEN', (id) => viewers.member(id, 'MT')],
    ['a WRITE token of the organisation', 'FORBIDDEN', (id) => viewers.token(id, 'MT', [Scope.WRITE])],
    ['the coordinator of another country', 'FORBIDDEN', () => viewers.coordinator('IT')],
    ['a network viewer', 'FORBIDDEN', () => viewers.viewer()],
  ])('%s may not move an organisation (%s)', async (_who, code, viewerFor) => {
    const org = await given.organization();
    expect(codeOf(await move(viewerFor(org.id), org, 'CONTACTED'))).toBe(code);
  });

  it('an admin moves organisations of any country', async () => {
    const org = await given.organization({ countryCode: 'HR' });
    const response = await move(viewers.admin(), org, 'CONTACTED');
    expect(response.body.data?.moveMembership.organization.membershipStage).toBe('CONTACTED');
  });

  it('a move on a version someone else already changed is a CONFLICT', async () => {
    const org = await given.organization();
    expect((await move(viewers.admin(), org, 'CONTACTED')).body.errors).toBeUndefined();
    const stale = await move(viewers.coordinator('MT'), org, 'DECLINED');
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('refuses a move without a reason', async () => {
    const org = await given.organization();
    const response = await move(viewers.admin(), org, 'CONTACTED', ' ');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['reason']);
  });

  it('tells the client which moves are allowed next', async () => {
    const org = await given.organization();
    const data = await network.ok(
      'query($id: ID!) { organization(id: $id) { allowedMembershipMoves } }',
      {
        id: org.id,
      },
      viewers.anonymous(),
    );
    expect(data.organization.allowedMembershipMoves).toEqual(['CONTACTED', 'DECLINED']);
  });

  it('the history across organisations is queryable by the network, newest first, and filtered', async () => {
    const org = await walk(['CONTACTED', 'INVITED']);
    const query = `query($org: ID, $country: ID, $to: MembershipStage) {
      membershipChanges(organizationId: $org, countryCode: $country, toStage: $to, first: 10) {
        totalCount nodes { fromStage toStage organization { id country { code } } } } }`;
    const own = await network.ok(query, { org: org.id }, viewers.viewer());
    expect(own.membershipChanges.totalCount).toBe(3);
    expect(own.membershipChanges.nodes.map((n: any) => n.toStage)).toEqual(['INVITED', 'CONTACTED', 'IDENTIFIED']);

    const invitedInMalta = await network.ok(query, { country: 'MT', to: 'INVITED' }, viewers.viewer());
    expect(invitedInMalta.membershipChanges.nodes.length).toBeGreaterThan(0);
    for (const node of invitedInMalta.membershipChanges.nodes) {
      expect(node.toStage).toBe('INVITED');
      expect(node.organization.country.code).toBe('MT');
    }
  });

  it('pages through the whole history without gaps or repeats', async () => {
    const query = `query($after: String) { membershipChanges(first: 37, after: $after) {
      totalCount nodes { fromStage toStage } edges { cursor } pageInfo { hasNextPage endCursor } } }`;
    let after: string | null = null;
    let seen = 0;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const data: any = await network.ok(query, { after }, viewers.viewer());
      total = data.membershipChanges.totalCount;
      seen += data.membershipChanges.nodes.length;
      if (!data.membershipChanges.pageInfo.hasNextPage) break;
      after = data.membershipChanges.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(100);
    expect(seen).toBe(total);
  });

  it('the history is hidden from the public', async () => {
    const data = await network.ok(
      '{ membershipChanges(first: 5) { totalCount nodes { toStage } } }',
      {},
      viewers.anonymous(),
    );
    expect(data.membershipChanges).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('finding organisations', () => {
  it('by part of the name, ignoring case and accents', async () => {
    const data = await network.ok(
      '{ organizations(search: "COMUNITA PARROCCHIALE") { nodes { name } } }',
      {},
      viewers.anonymous(),
    );
    expect(data.organizations.nodes.map((n: any) => n.name)).toContain('Comunità Parrocchiale Porta Aperta');
  });

  it('a search with LIKE wildcards matches them literally', async () => {
    const data = await network.ok('{ organizations(search: "%") { totalCount } }', {}, viewers.anonymous());
    expect(data.organizations.totalCount).toBe(0);
  });
});
