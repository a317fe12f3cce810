import { seed } from './seed';
import { startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { storiesSubgraph } from '../src/subgraph';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
});
afterAll(() => subgraph?.stop());

const MIGRATION = 'AddStoryRiskFlags1770000000000';

describe('migration 1770000000000 AddStoryRiskFlags', () => {
  it('gives the stories of minors recorded before it the MINOR flag, and other stories none', async () => {
    const given = seed(subgraph);
    const minor = await given.story({ isMinor: true });
    const adult = await given.story({ isMinor: false });
    const db = subgraph.dataSource;
    await db.query('ALTER TABLE story DROP COLUMN risk_flags');
    await db.query('DELETE FROM migrations WHERE name = $1', [MIGRATION]);
    expect(await db.runMigrations()).toEqual([expect.objectContaining({ name: MIGRATION })]);

    const rows: { id: string; risk_flags: string[] }[] = await db.query(
      'SELECT id, risk_flags FROM story WHERE id = ANY($1::uuid[])',
      [[minor.id, adult.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.risk_flags]))).toEqual({
      [minor.id]: ['MINOR'],
      [adult.id]: [],
    });
  });

  it('refuses a flag the platform does not know', async () => {
    const story = await seed(subgraph).story();
    await expect(
      subgraph.dataSource.query(`UPDATE story SET risk_flags = ARRAY['FAMOUS'] WHERE id = $1`, [story.id]),
    ).rejects.toThrow(/story_risk_flags_known/);
  });
});
