import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPublicNominations1774000100000 implements MigrationInterface {
  name = 'AddPublicNominations1774000100000';

  async up(db: QueryRunner): Promise<void> {
    // Where the staff reach a nominator from the public (not signed in); only they read it. Set for
    // public nominations and for them only, so it also tells them apart for the intake limits.
    await db.query(`
      ALTER TABLE nomination
        ADD COLUMN nominator_email text CHECK (length(nominator_email) BETWEEN 3 AND 254)`);
    await db.query(
      `CREATE INDEX nomination_public_intake ON nomination (submitted_at) WHERE nominator_email IS NOT NULL`,
    );
    await db.query(`CREATE INDEX nomination_nominator_intake ON nomination (nominator_account_id, submitted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX nomination_nominator_intake');
    await db.query('DROP INDEX nomination_public_intake');
    await db.query('ALTER TABLE nomination DROP COLUMN nominator_email');
  }
}
