import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJuryConflictsAndScores1772100000000 implements MigrationInterface {
  name = 'AddJuryConflictsAndScores1772100000000';

  async up(db: QueryRunner): Promise<void> {
    // A juror's declared conflict of interest with one nomination: from then on they neither see nor
    // score it. edition_id is copied from the nomination so an edition's conflicts are one index scan.
    await db.query(`
      CREATE TABLE jury_conflict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES award_edition(id) ON DELETE CASCADE,
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        juror_account_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        declared_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT jury_conflict_one_per_juror_and_nomination UNIQUE (nomination_id, juror_account_id)
      )`);
    await db.query(`CREATE INDEX jury_conflict_edition ON jury_conflict (edition_id, juror_account_id)`);

    // One scorecard per juror and nomination: a draft until submitted, then frozen. The scores are
    // blind: only their juror reads them until the edition is decided (docs/access-rules.md).
    await db.query(`
      CREATE TABLE scorecard (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES award_edition(id) ON DELETE CASCADE,
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        juror_account_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
        submitted_at timestamptz(3),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT scorecard_one_per_juror_and_nomination UNIQUE (nomination_id, juror_account_id),
        CONSTRAINT scorecard_submitted_when CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX scorecard_edition ON scorecard (edition_id, juror_account_id)`);

    // criterion_key is a key of the edition's pinned guideline version, which never changes once
    // published; the service checks the score against that criterion's scale.
    await db.query(`
      CREATE TABLE score (
        scorecard_id uuid NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
        criterion_key text NOT NULL,
        score int NOT NULL,
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 4000),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (scorecard_id, criterion_key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE score');
    await db.query('DROP TABLE scorecard');
    await db.query('DROP TABLE jury_conflict');
  }
}
