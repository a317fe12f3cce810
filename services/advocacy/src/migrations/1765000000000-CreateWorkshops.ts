import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workshops, who took part, and their outcomes with the initiatives they cite. Countries and
 * initiatives live in the network database, so they are referenced by code and id without foreign keys.
 */
export class CreateWorkshops1765000000000 implements MigrationInterface {
  name = 'CreateWorkshops1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE workshop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('NATIONAL_WORKSHOP','COMMUNICATION_TRAINING','EXCHANGE_VISIT')),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        city text NOT NULL CHECK (length(btrim(city)) BETWEEN 1 AND 100),
        venue text CHECK (length(venue) <= 200),
        objectives text NOT NULL DEFAULT '' CHECK (length(objectives) <= 4000),
        initiative_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT workshop_dates_in_order CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX workshop_starts_on_id ON workshop (starts_on DESC, id DESC)`);
    await db.query(`CREATE INDEX workshop_country_starts_on ON workshop (country_code, starts_on DESC)`);
    await db.query(`CREATE INDEX workshop_initiative_ids ON workshop USING gin (initiative_ids)`);
    await db.query(`
      CREATE TABLE workshop_participant_group (
        workshop_id uuid NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('STAFF','VOLUNTEERS','MIGRANTS','LOCALS','POLICYMAKERS','JOURNALISTS','PARTNER_ORGANIZATIONS')),
        count int NOT NULL CHECK (count >= 0),
        PRIMARY KEY (workshop_id, kind)
      )`);
    await db.query(`
      CREATE TABLE workshop_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workshop_id uuid NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('LESSON_LEARNED','RECOMMENDATION','COMMITMENT','ADVOCACY_MESSAGE')),
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
        follow_up_status text NOT NULL DEFAULT 'OPEN' CHECK (follow_up_status IN ('OPEN','IN_PROGRESS','DONE','DROPPED')),
        follow_up_due date,
        follow_up_sort date GENERATED ALWAYS AS (coalesce(follow_up_due, 'infinity'::date)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX workshop_outcome_workshop ON workshop_outcome (workshop_id)`);
    await db.query(`CREATE INDEX workshop_outcome_follow_up ON workshop_outcome (follow_up_sort, id)`);
    await db.query(
      `CREATE INDEX workshop_outcome_status_follow_up ON workshop_outcome (follow_up_status, follow_up_sort, id)`,
    );
    await db.query(`
      CREATE TABLE workshop_outcome_initiative (
        outcome_id uuid NOT NULL REFERENCES workshop_outcome(id) ON DELETE CASCADE,
        initiative_id uuid NOT NULL,
        position int NOT NULL CHECK (position >= 0),
        PRIMARY KEY (outcome_id, initiative_id)
      )`);
    await db.query(
      `CREATE INDEX workshop_outcome_initiative_initiative ON workshop_outcome_initiative (initiative_id, outcome_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE workshop_outcome_initiative');
    await db.query('DROP TABLE workshop_outcome');
    await db.query('DROP TABLE workshop_participant_group');
    await db.query('DROP TABLE workshop');
  }
}
