import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditEventTable, dropAuditEventTable } from '@best/kit';

/**
 * The stories subgraph's own audit log: who was given a storyteller's personal data (see
 * src/audit/storyteller-reads.ts). It lives in this database, like every subgraph's data; the table
 * is the kit's, append-only by a trigger.
 */
export class CreateStoryAuditLog1769100000000 implements MigrationInterface {
  name = 'CreateStoryAuditLog1769100000000';

  async up(db: QueryRunner): Promise<void> {
    await createAuditEventTable(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await dropAuditEventTable(db);
  }
}
