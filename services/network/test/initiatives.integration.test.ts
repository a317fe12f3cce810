import { demoNetwork } from '@best/demo';
import { Scope, type Viewer } from '@best/kit';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, unique, viewers } from '@best/kit/testing';
import { networkSubgraph } from '../src/subgraph';
import { intakeGateway, proposalInput, seed, type Seed } from './seed';

let network: TestSubgraph;
let given: Seed;
beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, {
    demo: true,
    prefix: 'network_initiatives',
    gateway: intakeGateway(),
  });
  given = seed(network);
});
afterAll(() => network?.stop());

const demo = demoNetwork();
const maltese = demo.organizations.find((o) => o.countryCode === 'MT' && o.kind !== 'JRS_OFFICE')!;
const italian = demo.organizations.find((o) => o.countryCode === 'IT')!;

const FIELDS = `id title summary description challenge goals howItWorks results evaluation beneficiaries funding
  city meetingPlace meetingTimes latitude longitude targetGroups activities startDate endDate status listing
  participantsLocals participantsMigrants volunteers languages links version archivedAt archiveReason
  organization { id } country { code } viewerCanEdit`;
const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { initiative { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { ${FIELDS} } } }`;
const ARCHIVE = `mutation($input: ArchiveInitiativeInput!) { archiveInitiative(input: $input) { initiative { ${FIELDS} } } }`;
const RESTORE = `mutation($input: RestoreInitiativeInput!) { restoreInitiative(input: $input) { initiative { ${FIELDS} } } }`;
const READ = `query($id: ID!) { initiative(id: $id) { id title listing } }`;

const minimal = (overrides: Record<string, unknown> = {}) => ({
  organizationId: maltese.id,
  title: unique('Cooking club'),
  summary: 'Neighbours and newcomers cook and eat together every Friday.',
  city: 'Sliema',
  targetGroups: ['NEIGHBOURS'],
  activities: ['CULTURE'],
  ...overrides,
});

describe('creating initiatives', () => {
  it('records every field of the practice template and lists the initiative for everyone', async () => {
    const input = minimal({
      description: 'A weekly cooking club in the parish hall.',
      challenge: 'Newcomers in Sliema eat alone and rarely meet their neighbours.',
      goals: 'Regular, equal contact between neighbours and refugees around food.',
      howItWorks: 'Each Friday two cooks, one local and one newcomer, lead the kitchen.',
      results: 'Forty regular participants; three neighbours now mentor newcomers.',
      evaluation: 'Yearly questionnaire with participants, run by a university partner.',
      beneficiaries: 'Refugee families and older neighbours living alone.',
      funding: 'Parish funds and a small municipal grant.',
      meetingPlace: 'Parish hall, Triq il-Knisja',
      meetingTimes: 'Fridays 18:00–21:00',
      latitude: 35.9122,
      longitude: 14.5042,
      startDate: '2016-03-01',
      endDate: '2017-12-31',
      status: 'ENDED',
      participantsLocals: 22,
      participantsMigrants: 18,
      volunteers: 6,
      languages: ['mt', 'en', 'ar'],
      links: ['https://cooking.example.org', 'http://video.example.org/cooking-club'],
    });
    const data = await network.ok(CREATE, { input }, viewers.member(maltese.id, 'MT'));
    const { organizationId: _org, ...expected } = input;
    expect(data.createInitiative.initiative).toMatchObject({
      ...expected,
      listing: 'LISTED',
      version: 1,
      archivedAt: null,
      organization: { id: maltese.id },
      country: { code: 'MT' },
      viewerCanEdit: true,
    });
    const id = data.createInitiative.initiative.id;
    expect((await network.ok(READ, { id }, viewers.anonymous())).initiative.listing).toBe('LISTED');
  });

  it('fills what is left out: ACTIVE, no dates, no figures, the country of the organisation', async () => {
    const data = await network.ok(CREATE, { input: minimal() }, viewers.admin());
    expect(data.createInitiative.initiative).toMatchObject({
      status: 'ACTIVE',
      startDate: null,
      participantsLocals: 0,
      languages: [],
      links: [],
      description: '',
      meetingPlace: null,
      country: { code: 'MT' },
    });
  });

  it.each<[string, string, Viewer]>([
    ['an admin', 'LISTED', viewers.admin()],
    ['the coordinator of its country', 'LISTED', viewers.coordinator('MT')],
    ['a member of the organisation', 'LISTED', viewers.member(maltese.id, 'MT')],
    ['a WRITE token of the organisation', 'LISTED', viewers.token(maltese.id, 'MT', [Scope.WRITE])],
  ])('%s adds one (%s)', async (_who, listing, viewer) => {
    const data = await network.ok(CREATE, { input: minimal() }, viewer);
    expect(data.createInitiative.initiative.listing).toBe(listing);
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', viewers.coordinator('IT')],
    ['a member of another organisation', 'FORBIDDEN', viewers.member(italian.id, 'IT')],
    ['a READ-only token of the organisation', 'FORBIDDEN', viewers.token(maltese.id, 'MT', [Scope.READ])],
    ['a network viewer', 'FORBIDDEN', viewers.viewer()],
    ['a juror', 'FORBIDDEN', viewers.juror()],
  ])('%s may not add one (%s)', async (_who, code, viewer) => {
    const response = await network.gql(CREATE, { input: minimal() }, viewer);
    expect(codeOf(response)).toBe(code);
  });

  it('a coordinator may not place an initiative in a country they do not coordinate', async () => {
    const response = await network.gql(CREATE, { input: minimal({ countryCode: 'IT' }) }, viewers.coordinator('MT'));
    expect(codeOf(response)).toBe('FORBIDDEN');
  });

  it('an unknown organisation is NOT_FOUND', async () => {
    const response = await network.gql(
      CREATE,
      {
        input: minimal({ organizationId: '00000000-0000-4000-8000-000000000000' }),
      },
      viewers.admin(),
    );
    expect(codeOf(response)).toBe('NOT_FOUND');
  });

  it.each([
    ['a title of two characters', { title: 'Ab' }, 'title'],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a summary of 281 characters', { summary: 'x'.repeat(281) }, 'summary'],
    ['an empty city', { city: ' ' }, 'city'],
    ['a description with a NUL byte', { description: 'A\u0000B' }, 'description'],
    ['no target group', { targetGroups: [] }, 'targetGroups'],
    ['a repeated activity', { activities: ['SPORTS', 'SPORTS'] }, 'activities'],
    ['a latitude of 91', { latitude: 91, longitude: 14 }, 'latitude'],
    ['a longitude of -181', { latitude: 35, longitude: -181 }, 'longitude'],
    ['a longitude without a latitude', { longitude: 14.5 }, 'latitude'],
    ['an end before the start', { startDate: '2017-05-01', endDate: '2016-05-01' }, 'endDate'],
    ['a day that does not exist', { startDate: '2016-02-30' }, 'startDate'],
    ['a date in another format', { startDate: '01/03/2016' }, 'startDate'],
    ['negative participants', { participantsLocals: -1 }, 'participantsLocals'],
    ['more than a million volunteers', { volunteers: 1_000_001 }, 'volunteers'],
    ['a language that is not ISO 639-1', { languages: ['xx'] }, 'languages'],
    ['a language written in full', { languages: ['Maltese'] }, 'languages'],
    ['a link without a scheme', { links: ['example.org'] }, 'links'],
    ['a javascript: link', { links: ['javascript:alert(1)'] }, 'links'],
    ['eleven links', { links: Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`) }, 'links'],
    ['meeting times of 301 characters', { meetingTimes: 'x'.repeat(301) }, 'meetingTimes'],
    ['a country that is not ISO 3166-1', { countryCode: 'QQ' }, 'countryCode'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, change, field) => {
    const response = await network.gql(CREATE, { input: minimal(change) }, viewers.admin());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toContain(field);
    expect(response.body.errors?.[0].message).toMatch(new RegExp(`${field}: `));
  });

  it('refuses an enum value outside the list at the GraphQL layer', async () => {
    const response = await network.gql(CREATE, { input: minimal({ targetGroups: ['PETS'] }) }, viewers.admin());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].message).toMatch(/PETS/);
  });

  it('names every refused field at once', async () => {
    const response = await network.gql(
      CREATE,
      {
        input: minimal({ title: 'A', links: ['nope'], languages: ['zz'] }),
      },
      viewers.admin(),
    );
    expect(problemFields(response).sort()).toEqual(['languages', 'links', 'title']);
  });
});

describe('editing initiatives', () => {
  const edit = (viewer: Viewer, id: string, version: number, changes: Record<string, unknown>) =>
    network.gql(UPDATE, { input: { id, expectedVersion: version, ...changes } }, viewer);

  it.each<[string, Viewer]>([
    ['an admin', viewers.admin()],
    ['the coordinator of its country', viewers.coordinator('MT')],
    ['a member of the organisation', viewers.member(maltese.id, 'MT')],
    ['a WRITE token of the organisation', viewers.token(maltese.id, 'MT', [Scope.WRITE])],
  ])('%s changes it; left-out fields stay, null clears', async (_who, viewer) => {
    const created = await given.initiative(maltese.id, {
      meetingPlace: 'Old place',
      languages: ['mt'],
      goals: 'Old goals',
      startDate: '2016-01-01',
    });
    const response = await edit(viewer, created.id, created.version, {
      summary: 'A new summary that says more about the club.',
      meetingPlace: null,
      languages: null,
      results: 'Twelve new friendships.',
      participantsMigrants: 30,
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.updateInitiative.initiative).toMatchObject({
      title: created.title,
      summary: 'A new summary that says more about the club.',
      meetingPlace: null,
      languages: [],
      goals: 'Old goals',
      results: 'Twelve new friendships.',
      participantsMigrants: 30,
      startDate: '2016-01-01',
      version: created.version + 1,
    });
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', viewers.coordinator('IT')],
    ['a member of another organisation', 'FORBIDDEN', viewers.member(italian.id, 'IT')],
    ['a READ-only token of the organisation', 'FORBIDDEN', viewers.token(maltese.id, 'MT', [Scope.READ])],
    ['a network viewer', 'FORBIDDEN', viewers.viewer()],
  ])('%s may not change it (%s)', async (_who, code, viewer) => {
    const created = await given.initiative(maltese.id);
    expect(codeOf(await edit(viewer, created.id, created.version, { title: 'Taken over' }))).toBe(code);
    expect((await network.ok(READ, { id: created.id }, viewers.anonymous())).initiative.title).toBe(created.title);
  });

  it('the second of two people saving the same version gets CONFLICT, and the first save stays', async () => {
    const created = await given.initiative(maltese.id);
    expect(
      (await edit(viewers.member(maltese.id, 'MT'), created.id, created.version, { title: 'Saved first' })).body.errors,
    ).toBeUndefined();
    const late = await edit(viewers.coordinator('MT'), created.id, created.version, { title: 'Saved second' });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.body.errors?.[0].message).toMatch(/Someone else saved this initiative.*version 1.*version 2.*Reload/);
    expect((await network.ok(READ, { id: created.id }, viewers.anonymous())).initiative.title).toBe('Saved first');
  });

  it('of saves sent at the same moment with the same version, exactly one wins', async () => {
    const created = await given.initiative(maltese.id);
    const results = await Promise.all(
      ['One', 'Two', 'Three', 'Four'].map((word) =>
        edit(viewers.admin(), created.id, created.version, { title: `Title ${word}` }),
      ),
    );
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(3);
  });

  it('checks the rules between fields on the initiative as it will be saved', async () => {
    const created = await given.initiative(maltese.id, { startDate: '2016-06-01' });
    const early = await edit(viewers.admin(), created.id, created.version, { endDate: '2016-05-31' });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(problemFields(early)).toEqual(['endDate']);
    const half = await edit(viewers.admin(), created.id, created.version, { latitude: 35.9 });
    expect(problemFields(half)).toEqual(['longitude']);
  });

  it('refuses to remove a required field', async () => {
    const created = await given.initiative(maltese.id);
    const response = await edit(viewers.admin(), created.id, created.version, { title: null, targetGroups: null });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response).sort()).toEqual(['targetGroups', 'title']);
  });

  it('a member may not hand the initiative to another organisation; the coordinator may', async () => {
    const created = await given.initiative(maltese.id);
    const other = demo.organizations.find((o) => o.countryCode === 'MT' && o.id !== maltese.id)!;
    expect(
      codeOf(await edit(viewers.member(maltese.id, 'MT'), created.id, created.version, { organizationId: other.id })),
    ).toBe('FORBIDDEN');
    const moved = await edit(viewers.coordinator('MT'), created.id, created.version, { organizationId: other.id });
    expect(moved.body.data?.updateInitiative.initiative.organization.id).toBe(other.id);
  });

  it('a coordinator may not move an initiative to a country they do not coordinate; an admin may', async () => {
    const created = await given.initiative(maltese.id);
    expect(codeOf(await edit(viewers.coordinator('MT'), created.id, created.version, { countryCode: 'IT' }))).toBe(
      'FORBIDDEN',
    );
    const moved = await edit(viewers.admin(), created.id, created.version, { countryCode: 'it' });
    expect(moved.body.data?.updateInitiative.initiative.country.code).toBe('IT');
  });

  it('an unknown initiative is NOT_FOUND', async () => {
    expect(codeOf(await edit(viewers.admin(), '00000000-0000-4000-8000-000000000000', 1, { title: 'Nothing' }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('archiving initiatives', () => {
  const LIST = `query($listing: InitiativeListing) { initiatives(listing: $listing, first: 100, organizationId: "${maltese.id}") { nodes { id } } }`;

  it('takes it off the lists, keeps it readable where it is cited, and restores it', async () => {
    const created = await given.initiative(maltese.id);
    const archived = await network.ok(
      ARCHIVE,
      {
        input: { id: created.id, expectedVersion: created.version, reason: 'Merged with the Friday club' },
      },
      viewers.member(maltese.id, 'MT'),
    );
    expect(archived.archiveInitiative.initiative).toMatchObject({
      listing: 'ARCHIVED',
      archiveReason: 'Merged with the Friday club',
      archivedAt: expect.any(String),
    });
    const ids = async (listing?: string) =>
      (await network.ok(LIST, { listing }, viewers.anonymous())).initiatives.nodes.map((n: any) => n.id);
    expect(await ids()).not.toContain(created.id);
    expect(await ids('ARCHIVED')).toContain(created.id);
    expect((await network.ok(READ, { id: created.id }, viewers.anonymous())).initiative.listing).toBe('ARCHIVED');

    const restored = await network.ok(
      RESTORE,
      {
        input: { id: created.id, expectedVersion: archived.archiveInitiative.initiative.version },
      },
      viewers.coordinator('MT'),
    );
    expect(restored.restoreInitiative.initiative).toMatchObject({
      listing: 'LISTED',
      archivedAt: null,
      archiveReason: null,
    });
    expect(await ids()).toContain(created.id);
  });

  it('archiving twice is a CONFLICT that says why', async () => {
    const created = await given.initiative(maltese.id);
    const first = await network.ok(
      ARCHIVE,
      {
        input: { id: created.id, expectedVersion: created.version },
      },
      viewers.admin(),
    );
    const again = await network.gql(
      ARCHIVE,
      {
        input: { id: created.id, expectedVersion: first.archiveInitiative.initiative.version },
      },
      viewers.admin(),
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/is ARCHIVED; only a LISTED initiative can be archived/);
  });

  it('restoring one that is not archived is a CONFLICT', async () => {
    const created = await given.initiative(maltese.id);
    expect(
      codeOf(
        await network.gql(RESTORE, { input: { id: created.id, expectedVersion: created.version } }, viewers.admin()),
      ),
    ).toBe('CONFLICT');
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', viewers.coordinator('FR')],
    ['a member of another organisation', 'FORBIDDEN', viewers.member(italian.id, 'IT')],
  ])('%s may not archive it (%s)', async (_who, code, viewer) => {
    const created = await given.initiative(maltese.id);
    expect(
      codeOf(await network.gql(ARCHIVE, { input: { id: created.id, expectedVersion: created.version } }, viewer)),
    ).toBe(code);
  });

  it('an archive based on an old version is a CONFLICT', async () => {
    const created = await given.initiative(maltese.id);
    await network.ok(
      UPDATE,
      {
        input: { id: created.id, expectedVersion: created.version, goals: 'New' },
      },
      viewers.admin(),
    );
    expect(
      codeOf(
        await network.gql(ARCHIVE, { input: { id: created.id, expectedVersion: created.version } }, viewers.admin()),
      ),
    ).toBe('CONFLICT');
  });
});

describe('proposed initiatives are hidden outside their reviewers', () => {
  let proposedId: string;
  beforeAll(async () => {
    const input = proposalInput({ countryCode: 'MT', organizationId: maltese.id, organizationName: null });
    await network.ok(
      'mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { proposalId } }',
      { input },
      viewers.anonymous(),
    );
    const queue = await network.ok(
      `query($title: String) { initiatives(listing: PROPOSED, search: $title, first: 5) { nodes { id title } } }`,
      { title: input.title },
      viewers.coordinator('MT'),
    );
    proposedId = queue.initiatives.nodes.find((n: any) => n.title === input.title).id;
  });

  it.each<[string, Viewer]>([
    ['the public', viewers.anonymous()],
    ['a member of the organisation', viewers.member(maltese.id, 'MT')],
    ['the coordinator of another country', viewers.coordinator('IT')],
    ['a network viewer', viewers.viewer()],
  ])('%s does not see it by id, by reference, or in lists', async (_who, viewer) => {
    expect((await network.ok(READ, { id: proposedId }, viewer)).initiative).toBeNull();
    const entities = await network.ok(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id } } }',
      { r: [{ __typename: 'Initiative', id: proposedId }] },
      viewer,
    );
    expect(entities._entities).toEqual([null]);
    const proposed = await network.ok(
      '{ initiatives(listing: PROPOSED, first: 100) { totalCount nodes { id } } }',
      {},
      viewer,
    );
    expect(proposed.initiatives.nodes.map((n: any) => n.id)).not.toContain(proposedId);
    const organization = await network.ok(
      `query($id: ID!) { organization(id: $id) { initiatives(first: 100) { nodes { id } } } }`,
      { id: maltese.id },
      viewer,
    );
    expect(organization.organization.initiatives.nodes.map((n: any) => n.id)).not.toContain(proposedId);
  });

  it.each<[string, Viewer]>([
    ['an admin', viewers.admin()],
    ['the coordinator of its country', viewers.coordinator('MT')],
  ])('%s sees it, and may edit it before the review', async (_who, viewer) => {
    expect((await network.ok(READ, { id: proposedId }, viewer)).initiative).toMatchObject({ listing: 'PROPOSED' });
    const data = await network.ok(
      'query($id: ID!) { initiative(id: $id) { viewerCanEdit } }',
      {
        id: proposedId,
      },
      viewer,
    );
    expect(data.initiative.viewerCanEdit).toBe(true);
  });

  it('a member of the named organisation may not edit it while it waits', async () => {
    const current = await network.ok(
      'query($id: ID!) { initiative(id: $id) { version } }',
      {
        id: proposedId,
      },
      viewers.admin(),
    );
    const response = await network.gql(
      UPDATE,
      {
        input: { id: proposedId, expectedVersion: current.initiative.version, title: 'Claimed' },
      },
      viewers.member(maltese.id, 'MT'),
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
  });

  it('a proposal cannot be archived: it is reviewed instead', async () => {
    const current = await network.ok(
      'query($id: ID!) { initiative(id: $id) { version } }',
      {
        id: proposedId,
      },
      viewers.admin(),
    );
    const response = await network.gql(
      ARCHIVE,
      {
        input: { id: proposedId, expectedVersion: current.initiative.version },
      },
      viewers.admin(),
    );
    expect(codeOf(response)).toBe('CONFLICT');
  });
});
