import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStories1764100000000 implements MigrationInterface {
  name = 'CreateStories1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // Timestamps that order pages are kept to milliseconds (timestamptz(3)), the precision of the
    // JS Date a cursor carries; with microseconds a cursor could skip the rows that share its millisecond.
    await db.query(`
      CREATE TABLE story (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 20000),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 600),
        language text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        kind text NOT NULL CHECK (kind IN ('TESTIMONY','MESSAGE','CASE_STORY')),
        display_name text CHECK (display_name IS NULL OR length(btrim(display_name)) BETWEEN 1 AND 80),
        storyteller_role text NOT NULL CHECK (storyteller_role IN ('MIGRANT','LOCAL','VOLUNTEER','HOST','STAFF')),
        is_minor boolean NOT NULL DEFAULT false,
        themes text[] NOT NULL DEFAULT '{}' CHECK (themes <@ ARRAY['JOBS_AND_ECONOMY','WELFARE','SAFETY',
          'CULTURE_AND_RELIGION','LANGUAGE_AND_INTEGRATION','HOUSING','SCHOOLS','GENUINE_REFUGEES']::text[]),
        initiative_id uuid,
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT','IN_REVIEW','APPROVED','PUBLISHED','WITHDRAWN','ARCHIVED')),
        published_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT story_published_has_date CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL),
        -- The target of consent's (story_id, for_minor) foreign key.
        CONSTRAINT story_id_minor UNIQUE (id, is_minor)
      )`);
    await db.query(`CREATE INDEX story_initiative ON story (initiative_id) WHERE initiative_id IS NOT NULL`);
    await db.query(`CREATE INDEX story_country ON story (country_code)`);
    await db.query(`CREATE INDEX story_feed ON story ((coalesce(published_at, created_at)) DESC, id DESC)`);

    // A minor's consent must come from a guardian. The rule needs the story's is_minor, so consent
    // carries a copy (for_minor) that a cascading foreign key keeps equal to it: marking a story as
    // a minor's then fails while its current consent was given by the storyteller. History rows
    // (superseded) keep what was true when they were given.
    await db.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        story_id uuid NOT NULL,
        for_minor boolean NOT NULL,
        given_by text NOT NULL CHECK (given_by IN ('STORYTELLER','GUARDIAN')),
        given_at timestamptz NOT NULL,
        scope text NOT NULL CHECK (scope IN ('INTERNAL','NETWORK','PUBLIC')),
        channels text[] NOT NULL DEFAULT '{}'
          CHECK (channels <@ ARRAY['WEBSITE','FACEBOOK','YOUTUBE','TWITTER','FLICKR','PRESS','PRINT']::text[]),
        may_show_name boolean NOT NULL DEFAULT false,
        may_show_image boolean NOT NULL DEFAULT false,
        expires_at timestamptz CHECK (expires_at IS NULL OR expires_at > given_at),
        evidence_reference text NOT NULL CHECK (length(btrim(evidence_reference)) BETWEEN 1 AND 500),
        recorded_by text NOT NULL CHECK (length(btrim(recorded_by)) BETWEEN 1 AND 200),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at),
        withdrawal_reason text CHECK (withdrawal_reason IS NULL OR length(withdrawal_reason) <= 1000),
        superseded_at timestamptz,
        CONSTRAINT consent_story_fk FOREIGN KEY (story_id, for_minor)
          REFERENCES story (id, is_minor) ON UPDATE CASCADE,
        CONSTRAINT consent_minor_needs_guardian
          CHECK (NOT for_minor OR given_by = 'GUARDIAN' OR superseded_at IS NOT NULL),
        CONSTRAINT consent_reason_only_when_withdrawn CHECK (withdrawal_reason IS NULL OR withdrawn_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX consent_current_per_story ON consent (story_id) WHERE superseded_at IS NULL`);
    await db.query(`CREATE INDEX consent_story_history ON consent (story_id, given_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE consent');
    await db.query('DROP TABLE story');
  }
}
