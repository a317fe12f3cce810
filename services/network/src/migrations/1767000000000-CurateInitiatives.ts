import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Initiatives get a listing state beside their status (the record's curation: proposed, listed,
 * declined, archived — independent of whether the programme itself is active, paused or ended), the
 * practice template that good-practice databases use, their meeting place and times, and an
 * organisation that may be unknown while a proposal waits for review. Membership moves remember the
 * id of the account or token that made them.
 */
export class CurateInitiatives1767000000000 implements MigrationInterface {
  name = 'CurateInitiatives1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE initiative
        ADD COLUMN listing text NOT NULL DEFAULT 'LISTED'
          CHECK (listing IN ('PROPOSED','LISTED','DECLINED','ARCHIVED')),
        ADD COLUMN challenge text NOT NULL DEFAULT '',
        ADD COLUMN goals text NOT NULL DEFAULT '',
        ADD COLUMN how_it_works text NOT NULL DEFAULT '',
        ADD COLUMN results text NOT NULL DEFAULT '',
        ADD COLUMN evaluation text NOT NULL DEFAULT '',
        ADD COLUMN beneficiaries text NOT NULL DEFAULT '',
        ADD COLUMN funding text NOT NULL DEFAULT '',
        ADD COLUMN meeting_place text,
        ADD COLUMN meeting_times text,
        ADD COLUMN archived_at timestamptz,
        ADD COLUMN archive_reason text,
        ALTER COLUMN organization_id DROP NOT NULL,
        ADD CONSTRAINT initiative_listed_has_organization
          CHECK (organization_id IS NOT NULL OR listing IN ('PROPOSED','DECLINED')),
        ADD CONSTRAINT initiative_coordinates_together CHECK ((latitude IS NULL) = (longitude IS NULL))`);
    // Keyset cursors carry a JavaScript date (milliseconds): a microsecond part would let a row
    // slip between two pages when sorting by creation.
    await db.query(`UPDATE initiative SET created_at = date_trunc('milliseconds', created_at)`);
    await db.query(`ALTER TABLE initiative ALTER COLUMN created_at SET DEFAULT date_trunc('milliseconds', now())`);
    await db.query(`CREATE INDEX initiative_listing_country ON initiative (listing, country_code)`);
    await db.query(`CREATE INDEX initiative_created_id ON initiative (created_at, id)`);
    await db.query(`ALTER TABLE membership_change ADD COLUMN changed_by_id text`);
    await db.query(`CREATE INDEX membership_change_changed_at ON membership_change (changed_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX membership_change_changed_at');
    await db.query('ALTER TABLE membership_change DROP COLUMN changed_by_id');
    await db.query('DROP INDEX initiative_created_id');
    await db.query('DROP INDEX initiative_listing_country');
    await db.query('ALTER TABLE initiative ALTER COLUMN created_at SET DEFAULT now()');
    await db.query(`DELETE FROM initiative WHERE organization_id IS NULL`);
    await db.query(`
      ALTER TABLE initiative
        DROP CONSTRAINT initiative_coordinates_together,
        DROP CONSTRAINT initiative_listed_has_organization,
        ALTER COLUMN organization_id SET NOT NULL,
        DROP COLUMN archive_reason, DROP COLUMN archived_at, DROP COLUMN meeting_times, DROP COLUMN meeting_place,
        DROP COLUMN funding, DROP COLUMN beneficiaries, DROP COLUMN evaluation, DROP COLUMN results,
        DROP COLUMN how_it_works, DROP COLUMN goals, DROP COLUMN challenge, DROP COLUMN listing`);
  }
}
