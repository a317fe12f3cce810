import type { MigrationInterface, QueryRunner } from 'typeorm';

type Rule = { key: string; text: string; checkedAtIntake: boolean };
type Check = { rule: unknown; text?: string; met?: boolean; note?: string | null };

// Frozen copies (migrations are history: they never import code that may change later).
const V1_KEY = 'best-practice-guidelines';

/** The demo's version 1 as it was seeded before its rules had keys, in its order. */
const V1_BEFORE = [
  'The initiative runs in the country of the award edition.',
  'Locals and forced migrants both take part in it as participants, not only as helpers and helped.',
  'It has been running for at least six months when nominations close.',
  'It is not run for profit.',
  'Its organisers agree to the nomination and to being contacted by the jury.',
];

/** Known texts of version 1 and the keys they keep from now on. */
const KNOWN: Record<string, Omit<Rule, 'text'>> = {
  [V1_BEFORE[0]]: { key: 'runs-in-edition-country', checkedAtIntake: false },
  [V1_BEFORE[1]]: { key: 'brings-locals-and-forced-migrants-together', checkedAtIntake: true },
  [V1_BEFORE[2]]: { key: 'running-six-months', checkedAtIntake: false },
  [V1_BEFORE[3]]: { key: 'not-for-profit', checkedAtIntake: false },
  [V1_BEFORE[4]]: { key: 'organisers-consent', checkedAtIntake: false },
};

/**
 * Version 1 with the four traits the network's intake has always checked (until now as four fixed
 * booleans of its own) written into it, so that the intake checklist and the award's eligibility
 * rules are one list from the start.
 */
const V1_AFTER: Rule[] = [
  { key: 'runs-in-edition-country', text: V1_BEFORE[0], checkedAtIntake: false },
  {
    key: 'brings-locals-and-forced-migrants-together',
    text: 'It brings locals and forced migrants together: both take part as participants, not only as helpers and helped.',
    checkedAtIntake: true,
  },
  {
    key: 'fixed-meeting-place-and-regular-times',
    text: 'It has a fixed meeting place and regular times.',
    checkedAtIntake: true,
  },
  { key: 'promotes-social-inclusion', text: 'It promotes social inclusion.', checkedAtIntake: true },
  { key: 'benefits-locals-too', text: 'It benefits the locals too.', checkedAtIntake: true },
  { key: 'running-six-months', text: V1_BEFORE[2], checkedAtIntake: false },
  { key: 'not-for-profit', text: V1_BEFORE[3], checkedAtIntake: false },
  { key: 'organisers-consent', text: V1_BEFORE[4], checkedAtIntake: false },
];

/** A key from a rule's first words: "Has run for six months." -> "has-run-for-six-months". */
function keyFrom(text: string, index: number): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  const key = words.join('-').slice(0, 60).replace(/-+$/, '');
  return key || `rule-${index + 1}`;
}

/** Each text with a key, unique within the version; the keys by the rule's old position. */
function keyed(texts: string[]): Rule[] {
  const used = new Set<string>();
  return texts.map((text, i) => {
    const known = KNOWN[text];
    let key = known?.key ?? keyFrom(text, i);
    for (let n = 2; used.has(key); n++) key = `${known?.key ?? keyFrom(text, i)}-${n}`;
    used.add(key);
    return { key, text, checkedAtIntake: known?.checkedAtIntake ?? false };
  });
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((text, i) => text === b[i]);

/**
 * Eligibility rules get a stable key and a flag saying whether the network's intake checks them;
 * nomination screenings answer rules by key instead of by position.
 */
export class KeyEligibilityRules1775000000000 implements MigrationInterface {
  name = 'KeyEligibilityRules1775000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE guideline ALTER COLUMN eligibility_rules DROP DEFAULT`);
    await db.query(`ALTER TABLE guideline ALTER COLUMN eligibility_rules TYPE jsonb USING to_jsonb(eligibility_rules)`);
    await db.query(`ALTER TABLE guideline ALTER COLUMN eligibility_rules SET DEFAULT '[]'`);
    await db.query(`
      ALTER TABLE guideline ADD CONSTRAINT guideline_eligibility_rules_array
        CHECK (jsonb_typeof(eligibility_rules) = 'array')`);

    const guidelines: { id: string; key: string; version: number; eligibility_rules: string[] }[] = await db.query(
      'SELECT id, key, version, eligibility_rules FROM guideline',
    );
    // Published versions never change, and their trigger says so to every writer; this one
    // rewrites what they say in the new shape (and version 1 of the demo gains the intake traits),
    // so the trigger is off for this transaction only.
    await db.query('ALTER TABLE guideline DISABLE TRIGGER guideline_published_is_immutable');
    for (const guideline of guidelines) {
      const texts = guideline.eligibility_rules;
      const byPosition = keyed(texts);
      const rules =
        guideline.key === V1_KEY && guideline.version === 1 && sameList(texts, V1_BEFORE) ? V1_AFTER : byPosition;
      await db.query('UPDATE guideline SET eligibility_rules = $2 WHERE id = $1', [
        guideline.id,
        JSON.stringify(rules),
      ]);

      // A screening keeps the text it answered; the rule's position becomes the rule's key.
      const nominations: { id: string; eligibility_checks: Check[] }[] = await db.query(
        `SELECT n.id, n.eligibility_checks FROM nomination n JOIN award_edition e ON e.id = n.edition_id
          WHERE e.guideline_id = $1 AND jsonb_array_length(n.eligibility_checks) > 0`,
        [guideline.id],
      );
      for (const nomination of nominations) {
        const checks = nomination.eligibility_checks.map((check) => ({
          ...check,
          rule: typeof check.rule === 'number' ? (byPosition[check.rule]?.key ?? `rule-${check.rule + 1}`) : check.rule,
        }));
        await db.query('UPDATE nomination SET eligibility_checks = $2 WHERE id = $1', [
          nomination.id,
          JSON.stringify(checks),
        ]);
      }
    }
    await db.query('ALTER TABLE guideline ENABLE TRIGGER guideline_published_is_immutable');
  }

  async down(db: QueryRunner): Promise<void> {
    const guidelines: { id: string; eligibility_rules: Rule[] }[] = await db.query(
      'SELECT id, eligibility_rules FROM guideline',
    );
    for (const guideline of guidelines) {
      const position = new Map(guideline.eligibility_rules.map((rule, i) => [rule.key, i]));
      const nominations: { id: string; eligibility_checks: Check[] }[] = await db.query(
        `SELECT n.id, n.eligibility_checks FROM nomination n JOIN award_edition e ON e.id = n.edition_id
          WHERE e.guideline_id = $1 AND jsonb_array_length(n.eligibility_checks) > 0`,
        [guideline.id],
      );
      for (const nomination of nominations) {
        const checks = nomination.eligibility_checks.map((check) => ({
          ...check,
          rule: position.get(check.rule as string) ?? -1,
        }));
        await db.query('UPDATE nomination SET eligibility_checks = $2 WHERE id = $1', [
          nomination.id,
          JSON.stringify(checks),
        ]);
      }
    }
    await db.query('ALTER TABLE guideline DISABLE TRIGGER guideline_published_is_immutable');
    // A transform expression cannot hold a subquery: the texts go through a column of their own.
    await db.query(`ALTER TABLE guideline ADD COLUMN eligibility_texts text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      UPDATE guideline SET eligibility_texts = ARRAY(SELECT r->>'text' FROM jsonb_array_elements(eligibility_rules) r)`);
    await db.query('ALTER TABLE guideline DROP COLUMN eligibility_rules');
    await db.query('ALTER TABLE guideline RENAME COLUMN eligibility_texts TO eligibility_rules');
    await db.query('ALTER TABLE guideline ENABLE TRIGGER guideline_published_is_immutable');
  }
}
