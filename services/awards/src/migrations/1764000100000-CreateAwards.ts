import type { MigrationInterface, QueryRunner } from 'typeorm';

const SLUG = `'^[a-z0-9]+(-[a-z0-9]+)*$'`;
const PHASES = `'DRAFT','NOMINATIONS_OPEN','JUDGING','DECIDED','ANNOUNCED'`;
const STATUSES = `'SUBMITTED','ELIGIBLE','INELIGIBLE','SHORTLISTED','WINNER','FINALIST','NOT_SELECTED'`;

export class CreateAwards1764000100000 implements MigrationInterface {
  name = 'CreateAwards1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE guideline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL CHECK (key ~ ${SLUG} AND length(key) <= 80),
        version int NOT NULL CHECK (version >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        published_at timestamptz,
        eligibility_rules text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        revision int NOT NULL DEFAULT 1,
        CONSTRAINT guideline_key_version UNIQUE (key, version)
      )`);
    // A key has at most one draft at a time: the next version is prepared in one place.
    await db.query(`CREATE UNIQUE INDEX guideline_one_draft_per_key ON guideline (key) WHERE published_at IS NULL`);

    // 'NaN' sorts above every number in PostgreSQL, so "weight > 0" alone would let it through.
    await db.query(`
      CREATE TABLE guideline_criterion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guideline_id uuid NOT NULL REFERENCES guideline(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 0),
        key text NOT NULL CHECK (key ~ ${SLUG} AND length(key) <= 80),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        weight double precision NOT NULL CHECK (weight > 0 AND weight < 'Infinity'::float8),
        scale jsonb NOT NULL CHECK (jsonb_typeof(scale) = 'array' AND jsonb_array_length(scale) >= 2),
        CONSTRAINT guideline_criterion_key UNIQUE (guideline_id, key),
        CONSTRAINT guideline_criterion_position UNIQUE (guideline_id, position)
      )`);

    // The service refuses to change a published guideline; these triggers keep that true for any
    // other writer too. FOR SHARE makes a criterion write wait for a concurrent publish to finish.
    await db.query(`
      CREATE FUNCTION guideline_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.published_at IS NOT NULL THEN
          RAISE EXCEPTION 'guideline % version % is published and cannot change; make a new version', OLD.key, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER guideline_published_is_immutable BEFORE UPDATE OR DELETE ON guideline
        FOR EACH ROW EXECUTE FUNCTION guideline_refuse_published_change()`);
    await db.query(`
      CREATE FUNCTION guideline_criterion_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        published timestamptz;
      BEGIN
        FOREACH target IN ARRAY ARRAY[
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.guideline_id END,
          CASE WHEN TG_OP <> 'DELETE' THEN NEW.guideline_id END
        ] LOOP
          CONTINUE WHEN target IS NULL;
          SELECT published_at INTO published FROM guideline WHERE id = target FOR SHARE;
          IF published IS NOT NULL THEN
            RAISE EXCEPTION 'the criteria of published guideline % cannot change; make a new version', target
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
        END LOOP;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER guideline_criterion_published_is_immutable BEFORE INSERT OR UPDATE OR DELETE ON guideline_criterion
        FOR EACH ROW EXECUTE FUNCTION guideline_criterion_refuse_published_change()`);

    await db.query(`
      CREATE TABLE award_edition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        guideline_id uuid NOT NULL REFERENCES guideline(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        phase text NOT NULL DEFAULT 'DRAFT' CHECK (phase IN (${PHASES})),
        nominations_close_at timestamptz,
        decision_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT award_edition_country_year UNIQUE (country_code, year),
        CONSTRAINT award_edition_decision_after_close
          CHECK (decision_at IS NULL OR nominations_close_at IS NULL OR decision_at > nominations_close_at),
        CONSTRAINT award_edition_deadlines_before_opening
          CHECK (phase = 'DRAFT' OR (nominations_close_at IS NOT NULL AND decision_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX award_edition_year_id ON award_edition (year DESC, id DESC)`);
    await db.query(`CREATE INDEX award_edition_guideline ON award_edition (guideline_id)`);

    // initiative_id points into the network subgraph's database: no foreign key is possible.
    // submitted_at keeps milliseconds only, as JavaScript dates and page cursors do; with microseconds
    // a cursor would no longer equal its row and the row would come back on the next page.
    await db.query(`
      CREATE TABLE nomination (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES award_edition(id),
        initiative_id uuid NOT NULL,
        nominated_by text NOT NULL CHECK (length(nominated_by) BETWEEN 1 AND 120),
        statement text NOT NULL CHECK (length(statement) BETWEEN 1 AND 5000),
        evidence text[] NOT NULL DEFAULT '{}' CHECK (cardinality(evidence) <= 20),
        eligibility text NOT NULL DEFAULT 'UNCHECKED' CHECK (eligibility IN ('UNCHECKED','ELIGIBLE','INELIGIBLE')),
        eligibility_reason text,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN (${STATUSES})),
        submitted_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT nomination_one_per_initiative_and_edition UNIQUE (edition_id, initiative_id),
        CONSTRAINT nomination_status_matches_eligibility CHECK (
          (status = 'SUBMITTED' AND eligibility = 'UNCHECKED')
          OR (status = 'INELIGIBLE' AND eligibility = 'INELIGIBLE')
          OR (status IN ('ELIGIBLE','SHORTLISTED','WINNER','FINALIST','NOT_SELECTED') AND eligibility = 'ELIGIBLE')
        ),
        CONSTRAINT nomination_ineligible_has_reason
          CHECK (eligibility <> 'INELIGIBLE' OR length(trim(coalesce(eligibility_reason, ''))) > 0)
      )`);
    await db.query(`CREATE INDEX nomination_edition_submitted ON nomination (edition_id, submitted_at, id)`);
    await db.query(`CREATE INDEX nomination_initiative ON nomination (initiative_id, submitted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE nomination');
    await db.query('DROP TABLE award_edition');
    await db.query('DROP TABLE guideline_criterion');
    await db.query('DROP FUNCTION guideline_criterion_refuse_published_change()');
    await db.query('DROP TABLE guideline');
    await db.query('DROP FUNCTION guideline_refuse_published_change()');
  }
}
