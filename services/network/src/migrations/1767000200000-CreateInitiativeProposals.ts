import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The intake queue: anyone may propose an initiative (as the "I Get You" campaign's public
 * nomination form and self-description questionnaire did). The initiative itself is stored with
 * listing PROPOSED; this table keeps who proposed it, in which language, and the coordinator's
 * review against the four eligibility traits.
 */
export class CreateInitiativeProposals1767000200000 implements MigrationInterface {
  name = 'CreateInitiativeProposals1767000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL UNIQUE REFERENCES initiative(id) ON DELETE CASCADE,
        country_code char(2) NOT NULL REFERENCES country(code),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING','LISTED','DECLINED')),
        language text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        proposer_relation text NOT NULL CHECK (proposer_relation IN ('SELF','NOMINATOR')),
        proposer_name text,
        proposer_email text,
        proposer_viewer_id text,
        organization_name text,
        organization_kind text,
        organization_website text,
        submitted_at timestamptz NOT NULL,
        brings_locals_and_forced_migrants_together boolean,
        fixed_meeting_place_and_regular_times boolean,
        promotes_social_inclusion boolean,
        benefits_locals_too boolean,
        review_reason text,
        reviewed_by text,
        reviewed_by_id text,
        reviewed_at timestamptz,
        CHECK ((state = 'PENDING') = (reviewed_at IS NULL))
      )`);
    await db.query(
      `CREATE INDEX initiative_proposal_queue ON initiative_proposal (state, country_code, submitted_at, id)`,
    );
    await db.query(`CREATE INDEX initiative_proposal_country_time ON initiative_proposal (country_code, submitted_at)`);
    await db.query(`
      CREATE INDEX initiative_proposal_viewer_time ON initiative_proposal (proposer_viewer_id, submitted_at)
        WHERE proposer_viewer_id IS NOT NULL`);
    // Two identical proposals racing past the duplicate check meet this instead.
    await db.query(`
      CREATE UNIQUE INDEX initiative_one_pending_title_per_country ON initiative (country_code, title_key)
        WHERE listing = 'PROPOSED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX initiative_one_pending_title_per_country');
    await db.query('DROP TABLE initiative_proposal');
  }
}
