import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk flags on the storyteller (issue 5): an asylum claim still open, family in the country of
 * origin, a minor. Any of them forces anonymity, no face images and a second reviewer. A minor's
 * existing stories get the MINOR flag.
 */
export class AddStoryRiskFlags1770000000000 implements MigrationInterface {
  name = 'AddStoryRiskFlags1770000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE story ADD COLUMN risk_flags text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE story ADD CONSTRAINT story_risk_flags_known
        CHECK (risk_flags <@ ARRAY['ASYLUM_CLAIM_ONGOING','FAMILY_IN_COUNTRY_OF_ORIGIN','MINOR']::text[])`);
    await db.query(`UPDATE story SET risk_flags = ARRAY['MINOR'] WHERE is_minor`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE story DROP COLUMN risk_flags`);
  }
}
