import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of the review workflow (issue 5): every move of a story's status, dated, with who made
 * it and why. Rows are only ever inserted; they go with their story.
 */
export class CreateStoryStatusChange1769200000000 implements MigrationInterface {
  name = 'CreateStoryStatusChange1769200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE story_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The order of the moves, even for two in the same millisecond.
        position bigint GENERATED ALWAYS AS IDENTITY,
        story_id uuid NOT NULL CONSTRAINT story_status_change_story_fk REFERENCES story (id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT now(),
        changed_by text NOT NULL,
        changed_by_id text,
        reason text,
        CONSTRAINT story_status_change_statuses CHECK (
          from_status IN ('DRAFT','IN_REVIEW','APPROVED','PUBLISHED','WITHDRAWN','ARCHIVED')
          AND to_status IN ('DRAFT','IN_REVIEW','APPROVED','PUBLISHED','WITHDRAWN','ARCHIVED')
          AND from_status <> to_status)
      )`);
    await db.query(`CREATE INDEX story_status_change_story ON story_status_change (story_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE story_status_change`);
  }
}
