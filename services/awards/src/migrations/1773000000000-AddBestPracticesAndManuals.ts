import type { MigrationInterface, QueryRunner } from 'typeorm';

const LONG_TEXT = (column: string) => `CHECK (length(trim(${column})) BETWEEN 1 AND 5000)`;

export class AddBestPracticesAndManuals1773000000000 implements MigrationInterface {
  name = 'AddBestPracticesAndManuals1773000000000';

  async up(db: QueryRunner): Promise<void> {
    // A national winner approved at European level, one per nomination. initiative_id and
    // country_code are copied from the nomination and its edition so that an initiative's best
    // practice and the filtered list are read without joins. initiative_id points into the network
    // subgraph's database: no foreign key is possible.
    await db.query(`
      CREATE TABLE best_practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nomination(id),
        edition_id uuid NOT NULL REFERENCES award_edition(id),
        initiative_id uuid NOT NULL,
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        what_works text NOT NULL ${LONG_TEXT('what_works')},
        lessons text NOT NULL ${LONG_TEXT('lessons')},
        transferability text NOT NULL ${LONG_TEXT('transferability')},
        themes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(themes) <= 10),
        approved_at timestamptz(3) NOT NULL DEFAULT now(),
        approved_by_id text,
        approved_by text NOT NULL CHECK (length(approved_by) BETWEEN 1 AND 200),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT best_practice_one_per_nomination UNIQUE (nomination_id)
      )`);
    await db.query(`CREATE INDEX best_practice_approved ON best_practice (approved_at DESC, id DESC)`);
    await db.query(`CREATE INDEX best_practice_initiative ON best_practice (initiative_id, approved_at DESC)`);
    await db.query(`CREATE INDEX best_practice_themes ON best_practice USING gin (themes)`);

    await db.query(`
      CREATE TABLE manual (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        introduction text NOT NULL CHECK (length(introduction) <= 10000),
        language char(2) NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_at timestamptz(3),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT manual_published_has_date CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX manual_created ON manual (created_at DESC, id DESC)`);

    // A chapter lists its best practices in order. Best practices are never deleted, so the ids stay
    // valid; the service checks that each exists when a chapter is written. published_texts holds the
    // best practices' texts as they were when the manual was published, so that revising a best
    // practice later does not change a published manual.
    await db.query(`
      CREATE TABLE manual_chapter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        manual_id uuid NOT NULL REFERENCES manual(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        introduction text NOT NULL CHECK (length(introduction) <= 5000),
        theme text CHECK (theme IS NULL OR (theme ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(theme) <= 60)),
        best_practice_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(best_practice_ids) <= 100),
        published_texts jsonb,
        CONSTRAINT manual_chapter_position UNIQUE (manual_id, position)
      )`);

    // The service refuses to change a published manual; these triggers keep that true for any other
    // writer too, as the guideline triggers do. FOR SHARE makes a chapter write wait for a concurrent
    // publish to finish.
    await db.query(`
      CREATE FUNCTION manual_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'manual % is published and cannot change; start a new one', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER manual_published_is_immutable BEFORE UPDATE OR DELETE ON manual
        FOR EACH ROW EXECUTE FUNCTION manual_refuse_published_change()`);
    await db.query(`
      CREATE FUNCTION manual_chapter_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        state text;
      BEGIN
        FOREACH target IN ARRAY ARRAY[
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.manual_id END,
          CASE WHEN TG_OP <> 'DELETE' THEN NEW.manual_id END
        ] LOOP
          CONTINUE WHEN target IS NULL;
          SELECT status INTO state FROM manual WHERE id = target FOR SHARE;
          IF state = 'PUBLISHED' THEN
            RAISE EXCEPTION 'the chapters of published manual % cannot change; start a new one', target
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
        END LOOP;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER manual_chapter_published_is_immutable BEFORE INSERT OR UPDATE OR DELETE ON manual_chapter
        FOR EACH ROW EXECUTE FUNCTION manual_chapter_refuse_published_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE manual_chapter');
    await db.query('DROP FUNCTION manual_chapter_refuse_published_change()');
    await db.query('DROP TABLE manual');
    await db.query('DROP FUNCTION manual_refuse_published_change()');
    await db.query('DROP TABLE best_practice');
  }
}
