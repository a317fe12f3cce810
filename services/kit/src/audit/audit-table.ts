/** A migration's QueryRunner, a DataSource, or anything else that runs one SQL statement. */
interface SqlRunner {
  query: (sql: string) => Promise<unknown>;
}

/**
 * The statements that create the `audit_event` table in a subgraph's database, for its migration:
 * `await createAuditEventTable(db)`. Frozen once landed, like a migration: a later change to the
 * table is a new function here and a new migration in every subgraph that has the table.
 *
 * Append-only is enforced by the database, not by convention: a trigger refuses UPDATE, DELETE and
 * TRUNCATE, so neither a bug nor a compromised service account can rewrite who did what.
 */
export const AUDIT_EVENT_TABLE_SQL: readonly string[] = [
  `CREATE TABLE audit_event (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    at timestamptz NOT NULL DEFAULT now(),
    actor_kind text NOT NULL CHECK (actor_kind IN ('ANONYMOUS','USER','TOKEN','SYSTEM')),
    actor_id text,
    actor_display_name text,
    action text NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    subject_type text,
    subject_id text,
    request_id text,
    details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object')
  )`,
  `CREATE INDEX audit_event_at ON audit_event (at DESC, id DESC)`,
  `CREATE INDEX audit_event_action_at ON audit_event (action, at DESC)`,
  `CREATE INDEX audit_event_actor_at ON audit_event (actor_id, at DESC)`,
  `CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`,
  `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`,
  `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
];

export async function createAuditEventTable(db: SqlRunner): Promise<void> {
  for (const statement of AUDIT_EVENT_TABLE_SQL) await db.query(statement);
}

export async function dropAuditEventTable(db: SqlRunner): Promise<void> {
  await db.query('DROP TABLE audit_event');
  await db.query('DROP FUNCTION audit_event_refuse_change()');
}
