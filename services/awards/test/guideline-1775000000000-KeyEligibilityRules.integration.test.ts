import { startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { BEST_PRACTICE_GUIDELINES_V1 } from '../src/seed/best-practice-guidelines';
import { DEMO_GUIDELINE_ID, seedAwardsDemo } from '../src/seed/demo-seed';
import { seed } from './seed';

let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});
afterAll(() => awards?.stop());

const MIGRATION = 'KeyEligibilityRules1775000000000';

/** Version 1 of the demo as it was seeded before its rules had keys. */
const V1_BEFORE = [
  'The initiative runs in the country of the award edition.',
  'Locals and forced migrants both take part in it as participants, not only as helpers and helped.',
  'It has been running for at least six months when nominations close.',
  'It is not run for profit.',
  'Its organisers agree to the nomination and to being contacted by the jury.',
];

type Rule = { key: string; text: string; checkedAtIntake: boolean };
type Check = { rule: string | number; text: string; met: boolean; note: string | null };

/**
 * Takes the migration back (rules as texts, checks by position), writes what the older schema held
 * (the demo's version 1 with its five texts, a screening answering them by position), and migrates
 * again.
 */
async function rerunOnOldRows(other: string, otherTexts: string[]): Promise<void> {
  const db = awards.dataSource;
  const last = await db.query('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1');
  expect(last[0].name).toBe(MIGRATION);
  await db.undoLastMigration();
  await db.query('ALTER TABLE guideline DISABLE TRIGGER guideline_published_is_immutable');
  await db.query('UPDATE guideline SET eligibility_rules = $2 WHERE id = $1', [DEMO_GUIDELINE_ID, V1_BEFORE]);
  await db.query('UPDATE guideline SET eligibility_rules = $2 WHERE id = $1', [other, otherTexts]);
  await db.query('ALTER TABLE guideline ENABLE TRIGGER guideline_published_is_immutable');
  const oldChecks = V1_BEFORE.map((text, rule) => ({
    rule,
    text,
    met: rule !== 2,
    note: rule === 2 ? 'Too young.' : null,
  }));
  await db.query(
    `UPDATE nomination SET eligibility_checks = $1
      WHERE edition_id IN (SELECT id FROM award_edition WHERE guideline_id = $2) AND eligibility <> 'UNCHECKED'`,
    [JSON.stringify(oldChecks), DEMO_GUIDELINE_ID],
  );
  expect(await db.runMigrations()).toEqual([expect.objectContaining({ name: MIGRATION })]);
}

describe('migration 1775000000000 KeyEligibilityRules', () => {
  let other: string;
  beforeAll(async () => {
    await seedAwardsDemo(awards.dataSource);
    other = (await seed(awards).guideline()).id;
    await rerunOnOldRows(other, ['Runs in the country of the edition.', 'Runs in the country of the edition!', '¿?']);
  });

  const rulesOf = async (id: string): Promise<Rule[]> =>
    (await awards.dataSource.query('SELECT eligibility_rules FROM guideline WHERE id = $1', [id]))[0].eligibility_rules;

  it("gives the demo's version 1 the keyed rules of the seed: the four intake traits and the award-only rules", async () => {
    const rules = await rulesOf(DEMO_GUIDELINE_ID);
    expect(rules).toEqual(BEST_PRACTICE_GUIDELINES_V1.eligibilityRules);
    expect(rules.filter((r) => r.checkedAtIntake).map((r) => r.key)).toEqual([
      'brings-locals-and-forced-migrants-together',
      'fixed-meeting-place-and-regular-times',
      'promotes-social-inclusion',
      'benefits-locals-too',
    ]);
    expect(rules.filter((r) => !r.checkedAtIntake).length).toBeGreaterThan(0);
  });

  it('keys other rules from their words, unique within the version, none checked at intake', async () => {
    expect(await rulesOf(other)).toEqual([
      { key: 'runs-in-the-country-of-the', text: 'Runs in the country of the edition.', checkedAtIntake: false },
      { key: 'runs-in-the-country-of-the-2', text: 'Runs in the country of the edition!', checkedAtIntake: false },
      { key: 'rule-3', text: '¿?', checkedAtIntake: false },
    ]);
  });

  it('answers each stored check by the key of the rule at its old position, keeping the text it answered', async () => {
    const rows: { eligibility_checks: Check[] }[] = await awards.dataSource.query(
      `SELECT eligibility_checks FROM nomination
        WHERE edition_id IN (SELECT id FROM award_edition WHERE guideline_id = $1) AND eligibility <> 'UNCHECKED'`,
      [DEMO_GUIDELINE_ID],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.eligibility_checks).toEqual([
        { rule: 'runs-in-edition-country', text: V1_BEFORE[0], met: true, note: null },
        { rule: 'brings-locals-and-forced-migrants-together', text: V1_BEFORE[1], met: true, note: null },
        { rule: 'running-six-months', text: V1_BEFORE[2], met: false, note: 'Too young.' },
        { rule: 'not-for-profit', text: V1_BEFORE[3], met: true, note: null },
        { rule: 'organisers-consent', text: V1_BEFORE[4], met: true, note: null },
      ]);
    }
  });

  it('leaves published versions immutable afterwards', async () => {
    await expect(
      awards.dataSource.query(`UPDATE guideline SET eligibility_rules = '[]' WHERE id = $1`, [DEMO_GUIDELINE_ID]),
    ).rejects.toThrow(/is published and cannot change/);
  });
});
