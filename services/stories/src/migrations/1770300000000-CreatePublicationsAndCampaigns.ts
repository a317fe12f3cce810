import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where stories were published (issue 5): campaigns, and publications of a story on a channel with
 * their reach. A publication has NO foreign key to its story: when a story is erased its
 * publications stay, because someone still has to take them down (the takedown list), and the
 * reach they had still counts. It carries a copy of the story's country and recording organisation
 * for the same reason: reach totals per country and the rule of who may change a publication keep
 * working after the story is gone.
 */
export class CreatePublicationsAndCampaigns1770300000000 implements MigrationInterface {
  name = 'CreatePublicationsAndCampaigns1770300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        -- NULL: a European campaign, run by the European coordination.
        country_code char(2) CHECK (country_code IS NULL OR country_code ~ '^[A-Z]{2}$'),
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT campaign_dates_in_order CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX campaign_starts_on_id ON campaign (starts_on DESC, id DESC)`);
    await db.query(`CREATE INDEX campaign_country ON campaign (country_code)`);

    await db.query(`
      CREATE TABLE publication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        story_id uuid NOT NULL,
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        recorded_by_organization_id uuid,
        channel text NOT NULL
          CHECK (channel IN ('WEBSITE','FACEBOOK','YOUTUBE','TWITTER','FLICKR','PRESS','PRINT')),
        url text CHECK (url IS NULL OR (url ~* '^https?://[^[:space:]]+$' AND length(url) <= 2000)),
        published_at timestamptz(3) NOT NULL,
        views int NOT NULL DEFAULT 0 CONSTRAINT publication_views_not_negative CHECK (views >= 0),
        shares int NOT NULL DEFAULT 0 CONSTRAINT publication_shares_not_negative CHECK (shares >= 0),
        campaign_id uuid CONSTRAINT publication_campaign_fk REFERENCES campaign (id),
        taken_down_at timestamptz(3),
        takedown_note text CHECK (takedown_note IS NULL OR length(takedown_note) <= 1000),
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT publication_note_only_when_taken_down CHECK (takedown_note IS NULL OR taken_down_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX publication_story ON publication (story_id)`);
    await db.query(`CREATE INDEX publication_campaign ON publication (campaign_id, published_at DESC, id DESC)`);
    await db.query(`CREATE INDEX publication_feed ON publication (published_at DESC, id DESC)`);
    await db.query(`CREATE INDEX publication_country_channel ON publication (country_code, channel)`);
    await db.query(`CREATE INDEX publication_live ON publication (country_code) WHERE taken_down_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE publication');
    await db.query('DROP TABLE campaign');
  }
}
