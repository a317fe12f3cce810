import type { MigrationInterface, QueryRunner } from 'typeorm';
import { demoStoryRecordingOrganizations } from '../seed/demo-recording-organizations';

/**
 * Which organisation recorded a story: its members may read and change the story whatever its
 * consent scope (docs/access-rules.md). Nullable, because the organisation is not known for every
 * story recorded before; such a story stays with admins and the coordinator of its country.
 *
 * The backfill attributes only the demo stories (matched by their deterministic ids), the way the
 * demo seed now records them: real stories are never guessed at.
 */
export class AddStoryRecordingOrganization1769000000000 implements MigrationInterface {
  name = 'AddStoryRecordingOrganization1769000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE story ADD COLUMN recorded_by_organization_id uuid`);
    await db.query(
      `CREATE INDEX story_recorded_by_organization ON story (recorded_by_organization_id)
        WHERE recorded_by_organization_id IS NOT NULL`,
    );
    const demo = demoStoryRecordingOrganizations();
    await db.query(
      `UPDATE story SET recorded_by_organization_id = demo.organization_id
         FROM unnest($1::uuid[], $2::uuid[]) AS demo(story_id, organization_id)
        WHERE story.id = demo.story_id AND story.recorded_by_organization_id IS NULL`,
      [demo.map((d) => d.storyId), demo.map((d) => d.organizationId)],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX story_recorded_by_organization');
    await db.query('ALTER TABLE story DROP COLUMN recorded_by_organization_id');
  }
}
