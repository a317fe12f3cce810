import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJury1768000000000 implements MigrationInterface {
  name = 'CreateJury1768000000000';

  async up(db: QueryRunner): Promise<void> {
    // juror_account_id points into the network subgraph's accounts: no foreign key is possible.
    // The names are copied at assignment, as nominated_by is: this database cannot look accounts up.
    await db.query(`
      CREATE TABLE jury_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES award_edition(id) ON DELETE CASCADE,
        juror_account_id uuid NOT NULL,
        display_name text NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 200),
        assigned_at timestamptz(3) NOT NULL DEFAULT now(),
        assigned_by text NOT NULL CHECK (length(assigned_by) BETWEEN 1 AND 200),
        CONSTRAINT jury_member_one_per_edition UNIQUE (edition_id, juror_account_id)
      )`);
    // Every nomination read by a juror asks "is this caller on that edition's jury?" by juror first.
    await db.query(`CREATE INDEX jury_member_juror ON jury_member (juror_account_id, edition_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE jury_member');
  }
}
