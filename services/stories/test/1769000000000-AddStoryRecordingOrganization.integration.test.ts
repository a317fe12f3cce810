import { demoNetwork } from '@best/demo';
import { seed } from './seed';
import { seedStoriesDemo } from '../src/seed/demo-seed';
import { demoStoryRecordingOrganizations } from '../src/seed/demo-recording-organizations';
import { startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { storiesSubgraph } from '../src/subgraph';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
});
afterAll(() => subgraph?.stop());

const MIGRATION = 'AddStoryRecordingOrganization1769000000000';

/** Puts the database back to how it was before the migration, with the rows it holds, and migrates again. */
async function rerunMigrationOnOldSchema(): Promise<void> {
  const db = subgraph.dataSource;
  await db.query('ALTER TABLE story DROP COLUMN recorded_by_organization_id');
  await db.query('DELETE FROM migrations WHERE name = $1', [MIGRATION]);
  expect(await db.runMigrations()).toEqual([expect.objectContaining({ name: MIGRATION })]);
}

describe('migration 1769000000000 AddStoryRecordingOrganization', () => {
  it('attributes every demo story seeded before it to the organisation that recorded it, and leaves other stories unattributed', async () => {
    await seedStoriesDemo(subgraph.dataSource);
    const other = await seed(subgraph).story({ recordedByOrganizationId: null });
    await rerunMigrationOnOldSchema();

    const rows: { id: string; organization: string | null }[] = await subgraph.dataSource.query(
      'SELECT id, recorded_by_organization_id AS organization FROM story',
    );
    const byId = new Map(rows.map((r) => [r.id, r.organization]));
    const demo = demoStoryRecordingOrganizations();
    expect(demo.length).toBeGreaterThanOrEqual(38);
    for (const { storyId, organizationId } of demo) expect(byId.get(storyId)).toBe(organizationId);
    expect(byId.get(other.id)).toBeNull();
  });

  it('attributes a story to the organisation running its initiative, or to its country’s national partner', async () => {
    const network = demoNetwork();
    const organizations = new Set(network.organizations.map((o) => o.id));
    const rows: { country: string; initiative: string | null; organization: string }[] =
      await subgraph.dataSource.query(
        `SELECT country_code AS country, initiative_id AS initiative, recorded_by_organization_id AS organization
           FROM story WHERE recorded_by_organization_id IS NOT NULL`,
      );
    for (const row of rows) {
      expect(organizations.has(row.organization)).toBe(true);
      const expected = row.initiative
        ? network.initiatives.find((i) => i.id === row.initiative)!.organizationId
        : network.countries.find((c) => c.code === row.country)!.partnerOrganizationId;
      expect(row.organization).toBe(expected);
    }
    expect(rows.some((r) => r.initiative === null)).toBe(true);
  });
});
