import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { Campaign } from '../src/campaigns/campaign.entity';
import { Publication } from '../src/publications/publication.entity';
import { seedStoriesDemo } from '../src/seed/demo-seed';
import { storiesSubgraph } from '../src/subgraph';

/** The demo's campaigns and publications (src/seed/demo-publications.ts). */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph, { demo: true });
});
afterAll(() => subgraph?.stop());

describe('demo publications', () => {
  it('puts published demo stories on the channels their consent covers, with reach, in campaigns', async () => {
    const QUERY = `{
      campaigns(first: 10) { totalCount nodes { name countryCode reach { publications views } } }
      publicationReach { countryCode channel publications views shares }
      publicationsToTakeDown(first: 10) { totalCount nodes { channel story { id } } }
    }`;
    const data = expectNoGraphQLErrors((await subgraph.gql(QUERY, {}, viewers.admin())).body, QUERY);
    expect(data.campaigns.totalCount).toBe(3);
    expect(data.campaigns.nodes.every((c: any) => c.reach.publications > 0 && c.reach.views > 0)).toBe(true);
    expect(data.publicationReach.length).toBeGreaterThan(5);
    expect(new Set(data.publicationReach.map((r: any) => r.channel)).size).toBeGreaterThan(3);
    // Every publication of a published story is covered by its consent; the one left to take down
    // belongs to a story withdrawn later, which nobody sees any more.
    expect(data.publicationsToTakeDown).toEqual({ totalCount: 1, nodes: [{ channel: 'WEBSITE', story: null }] });
    const takenDown = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM publication WHERE taken_down_at IS NOT NULL`,
    );
    expect(takenDown[0].n).toBeGreaterThan(0);
  });

  it('loads once: a second run changes nothing', async () => {
    const before = await subgraph.dataSource.getRepository(Publication).find({ order: { id: 'ASC' } });
    await seedStoriesDemo(subgraph.dataSource);
    expect(await subgraph.dataSource.getRepository(Campaign).count()).toBe(3);
    expect(await subgraph.dataSource.getRepository(Publication).find({ order: { id: 'ASC' } })).toEqual(before);
  });
});
