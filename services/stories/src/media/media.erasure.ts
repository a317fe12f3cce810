import type { EntityManager } from 'typeorm';
import { mediaLogger, mediaStorage } from './configured-storage';
import { StoryMedia } from './story-media.entity';

/**
 * Deletes a story's media rows inside `tx` and returns a function that deletes their stored files.
 * Call that function only after `tx` commits: a rolled-back erasure must not have lost the files.
 * It tries every file and never rejects; a file it could not delete is logged with its key (a
 * random id, no personal data) so an operator can remove it.
 */
export async function eraseStoryMedia(tx: EntityManager, storyId: string): Promise<() => Promise<void>> {
  const deleted = await tx
    .createQueryBuilder()
    .delete()
    .from(StoryMedia)
    .where('story_id = :storyId', { storyId })
    .returning('storage_key')
    .execute();
  const keys = (deleted.raw as { storage_key: string }[]).map((r) => r.storage_key);
  return () => deleteStoredFiles(keys);
}

/** Deletes stored media files, logging (never throwing) the ones that could not be deleted. */
export async function deleteStoredFiles(keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const storage = mediaStorage();
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  results.forEach((result, i) => {
    if (result.status === 'rejected') {
      mediaLogger().error({ err: result.reason, storageKey: keys[i] }, 'could not delete a stored media file');
    }
  });
}
