import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNetwork1764000000000 implements MigrationInterface {
  name = 'CreateNetwork1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE country (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        name text NOT NULL,
        partner_organization_id uuid
      )`);
    await db.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        country_code char(2) NOT NULL REFERENCES country(code),
        kind text NOT NULL CHECK (kind IN ('JRS_OFFICE','NGO','FAITH_COMMUNITY','SCHOOL','UNIVERSITY','MUNICIPALITY','COMMUNITY_GROUP','OTHER')),
        website text,
        description text NOT NULL DEFAULT '',
        contact_name text,
        contact_email text,
        contact_phone text,
        membership_stage text NOT NULL CHECK (membership_stage IN ('IDENTIFIED','CONTACTED','INVITED','MEMBER','DECLINED','INACTIVE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX organization_country_name ON organization (country_code, name)`);
    await db.query(`CREATE INDEX organization_name_id ON organization (name, id)`);
    await db.query(`
      ALTER TABLE country ADD CONSTRAINT country_partner_fk
        FOREIGN KEY (partner_organization_id) REFERENCES organization(id) DEFERRABLE INITIALLY DEFERRED`);
    await db.query(`
      CREATE TABLE membership_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by text NOT NULL,
        reason text NOT NULL DEFAULT ''
      )`);
    await db.query(`CREATE INDEX membership_change_organization ON membership_change (organization_id, changed_at)`);
    await db.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        country_code char(2) NOT NULL REFERENCES country(code),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        city text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        target_groups text[] NOT NULL DEFAULT '{}',
        activities text[] NOT NULL DEFAULT '{}',
        start_date date,
        end_date date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        status text NOT NULL CHECK (status IN ('ACTIVE','PAUSED','ENDED')),
        participants_locals int NOT NULL DEFAULT 0 CHECK (participants_locals >= 0),
        participants_migrants int NOT NULL DEFAULT 0 CHECK (participants_migrants >= 0),
        volunteers int NOT NULL DEFAULT 0 CHECK (volunteers >= 0),
        languages text[] NOT NULL DEFAULT '{}',
        links text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX initiative_title_id ON initiative (title, id)`);
    await db.query(`CREATE INDEX initiative_country ON initiative (country_code)`);
    await db.query(`CREATE INDEX initiative_organization ON initiative (organization_id)`);
    await db.query(`CREATE INDEX initiative_target_groups ON initiative USING gin (target_groups)`);
    await db.query(`CREATE INDEX initiative_activities ON initiative USING gin (activities)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE initiative');
    await db.query('DROP TABLE membership_change');
    await db.query('ALTER TABLE country DROP CONSTRAINT country_partner_fk');
    await db.query('DROP TABLE organization');
    await db.query('DROP TABLE country');
  }
}
