import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photos, videos and audio recordings attached to a story (issue 5). The bytes live in the media
 * storage (local disk or S3-compatible) under `storage_key`, a random id never derived from a file
 * name; rows go with their story, and erasure deletes the stored files as well.
 */
export class CreateStoryMedia1770200000000 implements MigrationInterface {
  name = 'CreateStoryMedia1770200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE story_media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        story_id uuid NOT NULL CONSTRAINT story_media_story_fk REFERENCES story (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT story_media_kind CHECK (kind IN ('PHOTO','VIDEO','AUDIO')),
        content_type text NOT NULL,
        byte_size bigint NOT NULL CONSTRAINT story_media_byte_size CHECK (byte_size >= 0),
        width int,
        height int,
        caption text NOT NULL DEFAULT '',
        alt_text text NOT NULL DEFAULT '',
        shows_storyteller boolean NOT NULL DEFAULT false,
        storage_key text NOT NULL CONSTRAINT story_media_storage_key UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX story_media_story ON story_media (story_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE story_media`);
  }
}
