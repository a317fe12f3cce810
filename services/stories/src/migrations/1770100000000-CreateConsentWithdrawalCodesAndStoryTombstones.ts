import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Withdrawal without an account, and erasure (issue 5).
 *
 * consent_withdrawal_code: the hashes of the private codes storytellers receive when their consent
 * is recorded (one per recording; every code of a story withdraws its current consent). Never the
 * code itself. The rows go with their story when it is erased.
 *
 * story_tombstone: what is left of an erased story: its id, country and dates, who erased it and why.
 * Nothing about the storyteller or the story's content. No foreign key: the story is gone.
 */
export class CreateConsentWithdrawalCodesAndStoryTombstones1770100000000 implements MigrationInterface {
  name = 'CreateConsentWithdrawalCodesAndStoryTombstones1770100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consent_withdrawal_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        story_id uuid NOT NULL
          CONSTRAINT consent_withdrawal_code_story_fk REFERENCES story (id) ON DELETE CASCADE,
        code_hash text NOT NULL
          CONSTRAINT consent_withdrawal_code_hash_unique UNIQUE
          CONSTRAINT consent_withdrawal_code_hash_format CHECK (code_hash ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )`);
    await db.query(`CREATE INDEX consent_withdrawal_code_story ON consent_withdrawal_code (story_id)`);

    await db.query(`
      CREATE TABLE story_tombstone (
        story_id uuid PRIMARY KEY,
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        recorded_at timestamptz(3) NOT NULL,
        published_at timestamptz(3),
        consent_withdrawn_at timestamptz,
        erased_at timestamptz(3) NOT NULL DEFAULT now(),
        erased_by text NOT NULL CHECK (length(btrim(erased_by)) BETWEEN 1 AND 200),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000)
      )`);
    await db.query(`CREATE INDEX story_tombstone_country ON story_tombstone (country_code, erased_at DESC)`);
    await db.query(`CREATE INDEX story_tombstone_erased ON story_tombstone (erased_at DESC, story_id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE story_tombstone');
    await db.query('DROP TABLE consent_withdrawal_code');
  }
}
