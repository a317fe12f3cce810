import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'SUBMITTED','ELIGIBLE','INELIGIBLE','SHORTLISTED','WINNER','FINALIST','NOT_SELECTED','WITHDRAWN'`;

export class AddNominationScreeningAndWithdrawal1772000000000 implements MigrationInterface {
  name = 'AddNominationScreeningAndWithdrawal1772000000000';

  async up(db: QueryRunner): Promise<void> {
    // Who nominated, as accounts: the display name in nominated_by is for people to read, these decide who
    // may withdraw. Both are ids from the network subgraph's database (no foreign key is possible); older
    // nominations have neither, and nobody can withdraw them.
    await db.query(`ALTER TABLE nomination ADD COLUMN nominator_account_id text`);
    await db.query(`ALTER TABLE nomination ADD COLUMN nominator_organization_id uuid`);

    // The screening: one check per eligibility rule of the pinned guideline (published, so its rules and
    // their order never change), each {rule, text, met, note}; the rule's text is copied for reading.
    await db.query(`
      ALTER TABLE nomination ADD COLUMN eligibility_checks jsonb NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(eligibility_checks) = 'array')`);
    await db.query(`ALTER TABLE nomination ADD COLUMN screened_at timestamptz(3)`);

    await db.query(`ALTER TABLE nomination ADD COLUMN withdrawn_at timestamptz(3)`);
    await db.query(`ALTER TABLE nomination ADD COLUMN withdrawal_reason text`);

    await db.query(`ALTER TABLE nomination DROP CONSTRAINT nomination_status_check`);
    await db.query(`ALTER TABLE nomination ADD CONSTRAINT nomination_status_check CHECK (status IN (${STATUSES}))`);
    // A withdrawn nomination keeps the screening it had, whatever it was.
    await db.query(`ALTER TABLE nomination DROP CONSTRAINT nomination_status_matches_eligibility`);
    await db.query(`
      ALTER TABLE nomination ADD CONSTRAINT nomination_status_matches_eligibility CHECK (
        (status = 'SUBMITTED' AND eligibility = 'UNCHECKED')
        OR (status = 'INELIGIBLE' AND eligibility = 'INELIGIBLE')
        OR (status IN ('ELIGIBLE','SHORTLISTED','WINNER','FINALIST','NOT_SELECTED') AND eligibility = 'ELIGIBLE')
        OR status = 'WITHDRAWN'
      )`);
    await db.query(`
      ALTER TABLE nomination ADD CONSTRAINT nomination_withdrawn_when_and_why CHECK (
        (status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)
        AND (status <> 'WITHDRAWN' OR length(trim(coalesce(withdrawal_reason, ''))) BETWEEN 1 AND 1000)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM nomination WHERE status = 'WITHDRAWN'`);
    await db.query('ALTER TABLE nomination DROP CONSTRAINT nomination_withdrawn_when_and_why');
    await db.query('ALTER TABLE nomination DROP CONSTRAINT nomination_status_matches_eligibility');
    await db.query(`
      ALTER TABLE nomination ADD CONSTRAINT nomination_status_matches_eligibility CHECK (
        (status = 'SUBMITTED' AND eligibility = 'UNCHECKED')
        OR (status = 'INELIGIBLE' AND eligibility = 'INELIGIBLE')
        OR (status IN ('ELIGIBLE','SHORTLISTED','WINNER','FINALIST','NOT_SELECTED') AND eligibility = 'ELIGIBLE')
      )`);
    await db.query('ALTER TABLE nomination DROP CONSTRAINT nomination_status_check');
    await db.query(`
      ALTER TABLE nomination ADD CONSTRAINT nomination_status_check
        CHECK (status IN ('SUBMITTED','ELIGIBLE','INELIGIBLE','SHORTLISTED','WINNER','FINALIST','NOT_SELECTED'))`);
    for (const column of [
      'withdrawal_reason',
      'withdrawn_at',
      'screened_at',
      'eligibility_checks',
      'nominator_organization_id',
      'nominator_account_id',
    ]) {
      await db.query(`ALTER TABLE nomination DROP COLUMN ${column}`);
    }
  }
}
