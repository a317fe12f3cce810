import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDetectedConflicts1774000000000 implements MigrationInterface {
  name = 'AddDetectedConflicts1774000000000';

  async up(db: QueryRunner): Promise<void> {
    // What awards keeps of the network, read through the gateway (never across databases): the
    // organisation running a nominated initiative, and a juror's organisation. Read when the nomination
    // is submitted and the juror assigned, and again when the edition moves to JUDGING. Null when the
    // network names none (or before the first read).
    await db.query(`ALTER TABLE nomination ADD COLUMN initiative_organization_id uuid`);
    await db.query(`ALTER TABLE jury_member ADD COLUMN juror_organization_id uuid`);
    // A conflict is declared by the juror or detected by the platform from what it keeps above; both
    // hide the nomination from the juror and keep them from scoring it. Existing rows were declared.
    await db.query(`
      ALTER TABLE jury_conflict
        ADD COLUMN kind text NOT NULL DEFAULT 'DECLARED' CHECK (kind IN ('DECLARED', 'DETECTED'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE jury_conflict DROP COLUMN kind');
    await db.query('ALTER TABLE jury_member DROP COLUMN juror_organization_id');
    await db.query('ALTER TABLE nomination DROP COLUMN initiative_organization_id');
  }
}
