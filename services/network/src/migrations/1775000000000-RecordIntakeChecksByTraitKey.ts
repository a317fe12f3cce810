import type { MigrationInterface, QueryRunner } from 'typeorm';

// The four boolean columns and the guideline rules they became (version 1 of "best-practice-guidelines",
// whose intake traits carry these keys): frozen here, migrations are history.
const TRAITS = [
  [
    'brings_locals_and_forced_migrants_together',
    'brings-locals-and-forced-migrants-together',
    'It brings locals and forced migrants together.',
  ],
  [
    'fixed_meeting_place_and_regular_times',
    'fixed-meeting-place-and-regular-times',
    'It has a fixed meeting place and regular times.',
  ],
  ['promotes_social_inclusion', 'promotes-social-inclusion', 'It promotes social inclusion.'],
  ['benefits_locals_too', 'benefits-locals-too', 'It benefits the locals too.'],
] as const;

/**
 * The intake checks are the published guideline's intake traits, recorded by key with the version
 * they were checked against: the proposer's answers and the reviewer's. Reviews recorded with the
 * four fixed traits keep their answers under the keys version 1 gives those traits (the guideline's
 * id lives in awards' database and is not known here: null).
 */
export class RecordIntakeChecksByTraitKey1775000000000 implements MigrationInterface {
  name = 'RecordIntakeChecksByTraitKey1775000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative_proposal ADD COLUMN proposer_eligibility jsonb`);
    await db.query(`ALTER TABLE initiative_proposal ADD COLUMN eligibility jsonb`);
    const checks = TRAITS.map(
      ([column, key, text]) =>
        `jsonb_build_object('trait', '${key}', 'text', '${text}', 'met', coalesce(${column}, false))`,
    ).join(', ');
    await db.query(`
      UPDATE initiative_proposal SET eligibility = jsonb_build_object(
        'guidelineId', null, 'guidelineVersion', 1, 'checks', jsonb_build_array(${checks}))
       WHERE state <> 'PENDING'`);
    for (const [column] of TRAITS) await db.query(`ALTER TABLE initiative_proposal DROP COLUMN ${column}`);
    await db.query(`
      ALTER TABLE initiative_proposal ADD CONSTRAINT initiative_proposal_reviewed_with_checks
        CHECK ((state = 'PENDING') = (eligibility IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE initiative_proposal DROP CONSTRAINT initiative_proposal_reviewed_with_checks');
    for (const [column, key] of TRAITS) {
      await db.query(`ALTER TABLE initiative_proposal ADD COLUMN ${column} boolean`);
      await db.query(`
        UPDATE initiative_proposal SET ${column} = (
          SELECT (c->>'met')::boolean FROM jsonb_array_elements(eligibility->'checks') c WHERE c->>'trait' = '${key}')
         WHERE eligibility IS NOT NULL`);
    }
    await db.query('ALTER TABLE initiative_proposal DROP COLUMN eligibility');
    await db.query('ALTER TABLE initiative_proposal DROP COLUMN proposer_eligibility');
  }
}
