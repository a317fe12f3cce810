import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text and fuzzy search over initiatives, and a spatial index for "near a point".
 *
 * One language-neutral configuration ('simple', no stemming) over unaccented text: the network
 * writes in a dozen languages, several without a PostgreSQL stemmer (Maltese, Croatian), and a
 * row's text language is not recorded (titles mix languages: "Calcio insieme a Köln"). Queries
 * match word prefixes instead of stems, and trigram similarity over title, city and summary
 * catches typos. `unaccent` and `pg_trgm` ship with PostgreSQL (the embedded server too) and are
 * trusted extensions: the database owner may create them without being a superuser.
 *
 * unaccent() is STABLE (its dictionary could be reloaded), so generated columns call an IMMUTABLE
 * wrapper with the dictionary named explicitly; its rules ship with the server and never change
 * under a running database.
 */
export class SearchInitiatives1767000100000 implements MigrationInterface {
  name = 'SearchInitiatives1767000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(`
      CREATE FUNCTION network_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN public.unaccent('public.unaccent'::regdictionary, $1)`);
    await db.query(`
      ALTER TABLE initiative
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', network_unaccent(title)), 'A') ||
          setweight(to_tsvector('simple', network_unaccent(coalesce(city, ''))), 'A') ||
          setweight(to_tsvector('simple', network_unaccent(summary)), 'B') ||
          setweight(to_tsvector('simple', network_unaccent(description)), 'C') ||
          setweight(to_tsvector('simple', network_unaccent(
            challenge || ' ' || goals || ' ' || how_it_works || ' ' || results || ' ' || evaluation || ' ' ||
            beneficiaries || ' ' || funding || ' ' || coalesce(meeting_place, ''))), 'D')
        ) STORED,
        ADD COLUMN search_text text GENERATED ALWAYS AS (
          lower(network_unaccent(title || ' ' || coalesce(city, '') || ' ' || summary))
        ) STORED,
        ADD COLUMN title_key text GENERATED ALWAYS AS (
          btrim(regexp_replace(lower(network_unaccent(title)), '[^[:alnum:]]+', ' ', 'g'))
        ) STORED`);
    await db.query(`CREATE INDEX initiative_search_vector ON initiative USING gin (search_vector)`);
    await db.query(`CREATE INDEX initiative_search_text_trgm ON initiative USING gin (search_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX initiative_country_title_key ON initiative (country_code, title_key)`);
    // The bounding-box prefilter of a distance search (x = longitude, y = latitude).
    await db.query(`
      CREATE INDEX initiative_location ON initiative USING gist (point(longitude, latitude))
        WHERE latitude IS NOT NULL`);
    await db.query(`
      CREATE INDEX organization_name_trgm ON organization USING gin (lower(network_unaccent(name)) gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX organization_name_trgm');
    await db.query('DROP INDEX initiative_location');
    await db.query('DROP INDEX initiative_country_title_key');
    await db.query('DROP INDEX initiative_search_text_trgm');
    await db.query('DROP INDEX initiative_search_vector');
    await db.query('ALTER TABLE initiative DROP COLUMN title_key, DROP COLUMN search_text, DROP COLUMN search_vector');
    await db.query('DROP FUNCTION network_unaccent(text)');
  }
}
