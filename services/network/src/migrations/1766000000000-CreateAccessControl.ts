import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditEventTable, dropAuditEventTable } from '@best/kit';

/** Accounts, their sessions, partner API tokens, the sign-in throttle and the audit log. */
export class CreateAccessControl1766000000000 implements MigrationInterface {
  name = 'CreateAccessControl1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','NATIONAL_COORDINATOR','ORGANIZATION_MEMBER','JUROR','VIEWER')),
        country_code char(2) REFERENCES country(code),
        organization_id uuid REFERENCES organization(id),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        -- The shape each role needs: a coordinator has a country, a member an organisation (and its
        -- country), an admin neither; jurors and viewers may belong to a country, never to an organisation.
        CONSTRAINT account_role_shape CHECK (
          CASE role
            WHEN 'ADMIN' THEN country_code IS NULL AND organization_id IS NULL
            WHEN 'NATIONAL_COORDINATOR' THEN country_code IS NOT NULL AND organization_id IS NULL
            WHEN 'ORGANIZATION_MEMBER' THEN country_code IS NOT NULL AND organization_id IS NOT NULL
            ELSE organization_id IS NULL
          END
        )
      )`);
    // Case-insensitive: Ana@Example.org and ana@example.org are one person.
    await db.query(`CREATE UNIQUE INDEX account_email_unique ON account (lower(email))`);
    await db.query(`CREATE INDEX account_country ON account (country_code, display_name)`);
    await db.query(`CREATE INDEX account_display_name_id ON account (display_name, id)`);

    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX session_account_open ON session (account_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['READ','WRITE','EXPORT']::text[]),
        prefix text NOT NULL,
        secret_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id text,
        created_by text NOT NULL,
        CHECK (expires_at > created_at)
      )`);
    await db.query(`CREATE INDEX api_token_organization ON api_token (organization_id, created_at DESC, id DESC)`);

    // Failed sign-ins per (email, address), hashed together: no plain email or address is kept here.
    await db.query(`
      CREATE TABLE sign_in_failure (
        key text PRIMARY KEY,
        failures int NOT NULL CHECK (failures > 0),
        window_started_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sign_in_failure_window ON sign_in_failure (window_started_at)`);

    await createAuditEventTable(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await dropAuditEventTable(db);
    await db.query('DROP TABLE sign_in_failure');
    await db.query('DROP TABLE api_token');
    await db.query('DROP TABLE session');
    await db.query('DROP TABLE account');
  }
}
