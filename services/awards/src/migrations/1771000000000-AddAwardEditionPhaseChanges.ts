import type { MigrationInterface, QueryRunner } from 'typeorm';

const PHASES = `'DRAFT','NOMINATIONS_OPEN','JUDGING','DECIDED','ANNOUNCED'`;

export class AddAwardEditionPhaseChanges1771000000000 implements MigrationInterface {
  name = 'AddAwardEditionPhaseChanges1771000000000';

  async up(db: QueryRunner): Promise<void> {
    // When nominations are planned to open: nobody opens them earlier (the service's rule).
    await db.query(`ALTER TABLE award_edition ADD COLUMN opens_at timestamptz`);
    await db.query(`
      ALTER TABLE award_edition ADD CONSTRAINT award_edition_close_after_opening
        CHECK (opens_at IS NULL OR nominations_close_at IS NULL OR nominations_close_at > opens_at)`);

    // Append-only. changed_by_id is a network account id (or null for the platform itself): this
    // database cannot look accounts up, so the display name is copied at the move, as nominated_by is.
    // position keeps the order of moves made within the same millisecond.
    await db.query(`
      CREATE TABLE award_edition_phase_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position bigint GENERATED ALWAYS AS IDENTITY,
        edition_id uuid NOT NULL REFERENCES award_edition(id) ON DELETE CASCADE,
        from_phase text NOT NULL CHECK (from_phase IN (${PHASES})),
        to_phase text NOT NULL CHECK (to_phase IN (${PHASES}) AND to_phase <> from_phase),
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        changed_by_id text,
        changed_by text NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 200),
        changed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX award_edition_phase_change_edition ON award_edition_phase_change (edition_id, position)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE award_edition_phase_change');
    await db.query('ALTER TABLE award_edition DROP CONSTRAINT award_edition_close_after_opening');
    await db.query('ALTER TABLE award_edition DROP COLUMN opens_at');
  }
}
