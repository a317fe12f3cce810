import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAwardDecisions1772200000000 implements MigrationInterface {
  name = 'AddAwardDecisions1772200000000';

  async up(db: QueryRunner): Promise<void> {
    // One decision per edition, recorded once when it moves from JUDGING to DECIDED; winners and
    // finalists live in the nominations' statuses, special mentions (nominations NOT_SELECTED that the
    // jury still names) here. normalised says which ranking the decision was read from, and so which
    // ranks are announced. decided_by is copied at the decision, as award_edition_phase_change does.
    await db.query(`
      CREATE TABLE award_decision (
        edition_id uuid PRIMARY KEY REFERENCES award_edition(id) ON DELETE CASCADE,
        normalised boolean NOT NULL,
        special_mention_ids uuid[] NOT NULL DEFAULT '{}',
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        decided_by_id text,
        decided_by text NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 200),
        decided_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE award_decision');
  }
}
