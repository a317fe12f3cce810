import { type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { Campaign } from '../src/campaigns/campaign.entity';
import { CALLERS, matrix } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';

/** Campaigns: the network reads them; admins and the coordinator of their country make and change them. */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const admin = viewers.admin();

const CREATE = `mutation Create($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id name description countryCode startsOn endsOn version } }
}`;
const UPDATE = `mutation Update($input: UpdateCampaignInput!) {
  updateCampaign(input: $input) { campaign { id name endsOn version } }
}`;

const create = async (viewer: Viewer, input: Record<string, unknown>) =>
  (await subgraph.gql(CREATE, { input: { name: 'I Get You', startsOn: '2026-03-01', ...input } }, viewer)).body;

async function campaign(input: Record<string, unknown> = {}) {
  return expectNoGraphQLErrors(await create(admin, { countryCode: 'IT', ...input }), CREATE).createCampaign
    .campaign as { id: string; version: number; countryCode: string | null };
}

describe('creating a campaign', () => {
  describe.each(
    matrix({
      anonymous: 'UNAUTHENTICATED',
      admin: null,
      coordinator: null,
      otherCoordinator: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      juror: 'FORBIDDEN',
      viewer: 'FORBIDDEN',
      readToken: 'FORBIDDEN',
      writeToken: 'FORBIDDEN',
    }),
  )('$caller', ({ viewer, expected }) => {
    it(expected ? `may not create an Italian campaign (${expected})` : 'creates an Italian campaign', async () => {
      const body = await create(viewer, { countryCode: 'IT', description: 'Stories against prejudice.' });
      if (expected) {
        expect(codeOf(body)).toBe(expected);
      } else {
        expect(expectNoGraphQLErrors(body, CREATE).createCampaign.campaign).toMatchObject({
          name: 'I Get You',
          description: 'Stories against prejudice.',
          countryCode: 'IT',
          startsOn: '2026-03-01',
          endsOn: null,
          version: 1,
        });
      }
    });
  });

  it('a European campaign (no country) is for admins only', async () => {
    expect(expectNoGraphQLErrors(await create(admin, {}), CREATE).createCampaign.campaign.countryCode).toBeNull();
    expect(codeOf(await create(CALLERS.coordinator, {}))).toBe('FORBIDDEN');
  });

  it('refuses dates out of order or not on the calendar with BAD_USER_INPUT naming the field', async () => {
    const reversed = await create(admin, { countryCode: 'IT', startsOn: '2026-05-01', endsOn: '2026-04-30' });
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    expect(reversed.errors?.[0].extensions?.problems).toEqual([
      { field: 'endsOn', message: 'must not be before startsOn' },
    ]);
    expect(codeOf(await create(admin, { countryCode: 'IT', startsOn: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create(admin, { countryCode: 'IT', startsOn: 'next monday' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create(admin, { countryCode: 'Italy' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create(admin, { name: '   ' }))).toBe('BAD_USER_INPUT');
    const sameDay = await create(admin, { countryCode: 'IT', startsOn: '2026-05-01', endsOn: '2026-05-01' });
    expect(expectNoGraphQLErrors(sameDay, CREATE).createCampaign.campaign.endsOn).toBe('2026-05-01');
  });

  it('is guarded by the database too: a campaign cannot end before it starts', async () => {
    const saved = await campaign();
    await expect(
      subgraph.dataSource.getRepository(Campaign).update(saved.id, { startsOn: '2026-06-01', endsOn: '2026-01-01' }),
    ).rejects.toThrow(/campaign_dates_in_order/);
  });
});

describe('changing a campaign', () => {
  it('the coordinator of its country changes it on the version read; a stale version is refused with CONFLICT', async () => {
    const saved = await campaign();
    const first = await subgraph.gql(
      UPDATE,
      { input: { campaignId: saved.id, expectedVersion: saved.version, name: 'I Get You 2026', endsOn: '2026-12-31' } },
      CALLERS.coordinator,
    );
    expect(expectNoGraphQLErrors(first.body, UPDATE).updateCampaign.campaign).toMatchObject({
      name: 'I Get You 2026',
      endsOn: '2026-12-31',
      version: saved.version + 1,
    });
    const stale = await subgraph.gql(
      UPDATE,
      { input: { campaignId: saved.id, expectedVersion: saved.version, name: 'Lost update' } },
      admin,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.body.errors?.[0].extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
  });

  it('an explicit null end date makes the campaign run on; leaving it out keeps it', async () => {
    const saved = await campaign({ endsOn: '2026-12-31' });
    const kept = await subgraph.gql(UPDATE, { input: { campaignId: saved.id, expectedVersion: 1, name: 'x' } }, admin);
    expect(expectNoGraphQLErrors(kept.body).updateCampaign.campaign.endsOn).toBe('2026-12-31');
    const cleared = await subgraph.gql(
      UPDATE,
      { input: { campaignId: saved.id, expectedVersion: 2, endsOn: null } },
      admin,
    );
    expect(expectNoGraphQLErrors(cleared.body).updateCampaign.campaign.endsOn).toBeNull();
  });

  it.each([
    ['the coordinator of another country', 'FORBIDDEN', CALLERS.otherCoordinator],
    ['a member of the recording organisation', 'FORBIDDEN', CALLERS.member],
    ['anonymous', 'UNAUTHENTICATED', CALLERS.anonymous],
  ] as const)('%s may not change it: %s', async (_name, code, viewer) => {
    const saved = await campaign();
    const body = (
      await subgraph.gql(UPDATE, { input: { campaignId: saved.id, expectedVersion: 1, name: 'x' } }, viewer)
    ).body;
    expect(codeOf(body)).toBe(code);
  });

  it('a coordinator may not change a European campaign', async () => {
    const european = expectNoGraphQLErrors(await create(admin, {}), CREATE).createCampaign.campaign;
    const body = (
      await subgraph.gql(
        UPDATE,
        { input: { campaignId: european.id, expectedVersion: 1, name: 'x' } },
        CALLERS.coordinator,
      )
    ).body;
    expect(codeOf(body)).toBe('FORBIDDEN');
  });
});

describe('reading campaigns', () => {
  const LIST = `query List($countryCode: ID) { campaigns(countryCode: $countryCode, first: 100) { totalCount nodes { id countryCode } } }`;
  const ONE = `query One($id: ID!) { campaign(id: $id) { id name reach { publications views shares } } }`;

  it('the network reads campaigns, filtered by country; the public gets none', async () => {
    const greek = await campaign({ countryCode: 'GR' });
    for (const viewer of [CALLERS.viewer, CALLERS.juror, CALLERS.readToken, CALLERS.otherCoordinator]) {
      const data = expectNoGraphQLErrors((await subgraph.gql(LIST, { countryCode: 'GR' }, viewer)).body, LIST);
      expect(data.campaigns.nodes).toEqual([{ id: greek.id, countryCode: 'GR' }]);
      const one = expectNoGraphQLErrors((await subgraph.gql(ONE, { id: greek.id }, viewer)).body, ONE);
      expect(one.campaign.id).toBe(greek.id);
    }
    const anonymous = expectNoGraphQLErrors((await subgraph.gql(LIST, { countryCode: 'GR' })).body, LIST);
    expect(anonymous.campaigns).toEqual({ totalCount: 0, nodes: [] });
    expect(expectNoGraphQLErrors((await subgraph.gql(ONE, { id: greek.id })).body, ONE).campaign).toBeNull();
  });

  it('sums the reach of its publications and lists them; a campaign without publications reaches nobody', async () => {
    const saved = await campaign({ countryCode: 'IT' });
    const empty = await campaign({ countryCode: 'IT' });
    const RECORD = `mutation R($input: RecordPublicationInput!) { recordPublication(input: $input) { publication { id } } }`;
    const ids: string[] = [];
    for (const [views, shares] of [
      [100, 4],
      [250, 6],
    ]) {
      const story = await given.story();
      const body = (
        await subgraph.gql(
          RECORD,
          { input: { storyId: story.id, channel: 'WEBSITE', campaignId: saved.id, views, shares } },
          admin,
        )
      ).body;
      ids.push(expectNoGraphQLErrors(body, RECORD).recordPublication.publication.id);
    }
    const WITH_PUBLICATIONS = `query One($id: ID!) { campaign(id: $id) { reach { publications views shares } publications(first: 10) { totalCount nodes { id } } } }`;
    const data = expectNoGraphQLErrors((await subgraph.gql(WITH_PUBLICATIONS, { id: saved.id }, CALLERS.viewer)).body);
    expect(data.campaign.reach).toEqual({ publications: 2, views: 350, shares: 10 });
    expect(data.campaign.publications.totalCount).toBe(2);
    expect(new Set(data.campaign.publications.nodes.map((n: { id: string }) => n.id))).toEqual(new Set(ids));
    const none = expectNoGraphQLErrors((await subgraph.gql(ONE, { id: empty.id }, CALLERS.viewer)).body);
    expect(none.campaign.reach).toEqual({ publications: 0, views: 0, shares: 0 });
  });

  it("a publication joins a campaign of its story's country or a European one, not another country's", async () => {
    const french = await campaign({ countryCode: 'FR' });
    const european = expectNoGraphQLErrors(await create(admin, {}), CREATE).createCampaign.campaign;
    const story = await given.story({ countryCode: 'IT' });
    const RECORD = `mutation R($input: RecordPublicationInput!) { recordPublication(input: $input) { publication { campaign { id } } } }`;
    const refused = (
      await subgraph.gql(RECORD, { input: { storyId: story.id, channel: 'WEBSITE', campaignId: french.id } }, admin)
    ).body;
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const accepted = (
      await subgraph.gql(RECORD, { input: { storyId: story.id, channel: 'WEBSITE', campaignId: european.id } }, admin)
    ).body;
    expect(expectNoGraphQLErrors(accepted, RECORD).recordPublication.publication.campaign.id).toBe(european.id);
    const unknown = (
      await subgraph.gql(
        RECORD,
        { input: { storyId: story.id, channel: 'WEBSITE', campaignId: '00000000-0000-4000-8000-000000000000' } },
        admin,
      )
    ).body;
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });
});
