import { demoNetwork, MEMBERSHIP_STAGES, INITIATIVE_STATUSES } from '@best/demo';
import { type Viewer } from '@best/kit';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { networkSubgraph } from '../src/subgraph';
import { intakeGateway, proposalInput, seed } from './seed';

let network: TestSubgraph;
beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_countries', gateway: intakeGateway() });
});
afterAll(() => network?.stop());

const demo = demoNetwork();
const FIGURES = `{ countries { code organizationsByStage { stage count } initiativesByStatus { status count }
  participants { locals migrants volunteers total } } }`;

describe('per-country figures', () => {
  it('count organisations by stage, listed initiatives by status, and their participants, as the data says', async () => {
    const data = await network.ok(FIGURES, {}, viewers.anonymous());
    expect(data.countries).toHaveLength(demo.countries.length);
    for (const country of data.countries) {
      const organizations = demo.organizations.filter((o) => o.countryCode === country.code);
      const initiatives = demo.initiatives.filter((i) => i.countryCode === country.code);
      expect(country.organizationsByStage).toEqual(
        MEMBERSHIP_STAGES.map((stage) => ({
          stage,
          count: organizations.filter((o) => o.membershipStage === stage).length,
        })),
      );
      expect(country.initiativesByStatus).toEqual(
        INITIATIVE_STATUSES.map((status) => ({ status, count: initiatives.filter((i) => i.status === status).length })),
      );
      const sum = (key: 'participantsLocals' | 'participantsMigrants' | 'volunteers') =>
        initiatives.reduce((total, i) => total + i[key], 0);
      expect(country.participants).toEqual({
        locals: sum('participantsLocals'),
        migrants: sum('participantsMigrants'),
        volunteers: sum('volunteers'),
        total: sum('participantsLocals') + sum('participantsMigrants'),
      });
    }
  });

  it('are computed in SQL in one statement per figure for all countries at once', async () => {
    const selects = await network.selectsDuring(() => network.ok(FIGURES, {}, viewers.anonymous()));
    expect(selects).toHaveLength(3);
    expect(selects.filter((s) => /GROUP BY/i.test(s))).toHaveLength(2);
  });

  it('leave out proposed, declined and archived initiatives', async () => {
    const given = seed(network);
    const query = '{ country(code: "HR") { initiativesByStatus { status count } participants { total } } }';
    const before = (await network.ok(query, {}, viewers.anonymous())).country;
    await network.ok(
      'mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { proposalId } }',
      {
        input: proposalInput({ countryCode: 'HR', city: 'Split', language: 'hr', participantsLocals: 40 }),
      },
      viewers.anonymous(),
    );
    const org = await given.organization({ countryCode: 'HR' });
    const created = await given.initiative(org.id, { city: 'Split', participantsLocals: 25 });
    await network.ok(
      'mutation($input: ArchiveInitiativeInput!) { archiveInitiative(input: $input) { initiative { id } } }',
      { input: { id: created.id, expectedVersion: created.version } },
      viewers.admin(),
    );
    expect((await network.ok(query, {}, viewers.anonymous())).country).toEqual(before);
  });

  it('say who coordinates the country', async () => {
    const query = '{ country(code: "MT") { viewerCanCoordinate } }';
    expect((await network.ok(query, {}, viewers.coordinator('MT'))).country.viewerCanCoordinate).toBe(true);
    expect((await network.ok(query, {}, viewers.admin())).country.viewerCanCoordinate).toBe(true);
    expect((await network.ok(query, {}, viewers.coordinator('IT'))).country.viewerCanCoordinate).toBe(false);
    expect((await network.ok(query, {}, viewers.anonymous())).country.viewerCanCoordinate).toBe(false);
  });
});

describe('adding countries', () => {
  const ADD =
    'mutation($input: AddCountryInput!) { addCountry(input: $input) { country { code name partnerOrganization { id } } } }';

  it('an admin adds one by its ISO code; the English name is filled in', async () => {
    const data = await network.ok(ADD, { input: { code: 'pl' } }, viewers.admin());
    expect(data.addCountry.country).toEqual({ code: 'PL', name: 'Poland', partnerOrganization: null });
    const named = await network.ok(ADD, { input: { code: 'GR', name: 'Hellas' } }, viewers.admin());
    expect(named.addCountry.country.name).toBe('Hellas');
  });

  it('a country already in the network is a CONFLICT', async () => {
    expect(codeOf(await network.gql(ADD, { input: { code: 'MT' } }, viewers.admin()))).toBe('CONFLICT');
  });

  it.each([['ZZ'], ['EU'], ['M1'], ['MLT']])('refuses "%s", which is not an ISO 3166-1 alpha-2 code', async (code) => {
    const response = await network.gql(ADD, { input: { code } }, viewers.admin());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['code']);
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['a coordinator', 'FORBIDDEN', viewers.coordinator('MT')],
    ['a member', 'FORBIDDEN', viewers.member(demo.organizations[0].id, 'IT')],
  ])('%s may not add one (%s)', async (_who, code, viewer) => {
    expect(codeOf(await network.gql(ADD, { input: { code: 'AT' } }, viewer))).toBe(code);
  });
});

describe('changing a country', () => {
  const UPDATE =
    'mutation($input: UpdateCountryInput!) { updateCountry(input: $input) { country { code name partnerOrganization { id } } } }';
  const croatian = demo.organizations.filter((o) => o.countryCode === 'HR');

  it('the coordinator names another of its organisations as national partner', async () => {
    const data = await network.ok(
      UPDATE,
      {
        input: { code: 'HR', partnerOrganizationId: croatian[1].id },
      },
      viewers.coordinator('HR'),
    );
    expect(data.updateCountry.country.partnerOrganization.id).toBe(croatian[1].id);
    const back = await network.ok(
      UPDATE,
      {
        input: { code: 'HR', partnerOrganizationId: croatian[0].id },
      },
      viewers.admin(),
    );
    expect(back.updateCountry.country.partnerOrganization.id).toBe(croatian[0].id);
  });

  it('refuses a partner from another country', async () => {
    const italian = demo.organizations.find((o) => o.countryCode === 'IT')!;
    const response = await network.gql(
      UPDATE,
      {
        input: { code: 'HR', partnerOrganizationId: italian.id },
      },
      viewers.admin(),
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['partnerOrganizationId']);
  });

  it.each<[string, string, Viewer]>([
    ['the public', 'UNAUTHENTICATED', viewers.anonymous()],
    ['the coordinator of another country', 'FORBIDDEN', viewers.coordinator('MT')],
    ['a member of one of its organisations', 'FORBIDDEN', viewers.member(croatian[1].id, 'HR')],
  ])('%s may not change it (%s)', async (_who, code, viewer) => {
    expect(codeOf(await network.gql(UPDATE, { input: { code: 'HR', name: 'Renamed' } }, viewer))).toBe(code);
  });

  it('an unknown country is NOT_FOUND', async () => {
    expect(codeOf(await network.gql(UPDATE, { input: { code: 'NO', name: 'Norge' } }, viewers.admin()))).toBe(
      'NOT_FOUND',
    );
  });
});
