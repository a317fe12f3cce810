import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Translations of a story (issue 5) and accent-insensitive full-text search over a story and its
 * translations.
 *
 * One translation per story and language; the original language is never a translation (the
 * service refuses it, since the story's language lives in another row). Search uses the
 * language-neutral 'simple' configuration over unaccented text, like the network's initiative
 * search: stories are told in many languages, several without a PostgreSQL stemmer, so query words
 * match as prefixes of indexed words instead of stems. `unaccent` ships with PostgreSQL (the
 * embedded server too) and is a trusted extension. unaccent() is STABLE, so the generated columns
 * call an IMMUTABLE wrapper naming its dictionary.
 */
export class CreateStoryTranslations1770000100000 implements MigrationInterface {
  name = 'CreateStoryTranslations1770000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await db.query(`
      CREATE FUNCTION stories_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN public.unaccent('public.unaccent'::regdictionary, $1)`);
    await db.query(`
      ALTER TABLE story ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', stories_unaccent(title)), 'A') ||
        setweight(to_tsvector('simple', stories_unaccent(summary)), 'B') ||
        setweight(to_tsvector('simple', stories_unaccent(text)), 'C')
      ) STORED`);
    await db.query(`CREATE INDEX story_search_vector ON story USING gin (search_vector)`);
    await db.query(`
      CREATE TABLE story_translation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        story_id uuid NOT NULL CONSTRAINT story_translation_story_fk REFERENCES story (id) ON DELETE CASCADE,
        language text NOT NULL CONSTRAINT story_translation_language CHECK (language ~ '^[a-z]{2}$'),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        text text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', stories_unaccent(title)), 'A') ||
          setweight(to_tsvector('simple', stories_unaccent(summary)), 'B') ||
          setweight(to_tsvector('simple', stories_unaccent(text)), 'C')
        ) STORED,
        CONSTRAINT story_translation_one_per_language UNIQUE (story_id, language)
      )`);
    await db.query(`CREATE INDEX story_translation_search_vector ON story_translation USING gin (search_vector)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE story_translation`);
    await db.query(`DROP INDEX story_search_vector`);
    await db.query(`ALTER TABLE story DROP COLUMN search_vector`);
    await db.query(`DROP FUNCTION stories_unaccent(text)`);
  }
}
