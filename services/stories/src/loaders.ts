import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { storytellerReadRecorder } from './audit/storyteller-reads';
import { ConsentService } from './consents/consent.service';
import { StoryService } from './stories/story.service';
import { StoryStatusService } from './stories/story-status.service';

/**
 * DataLoaders for one request and one caller: references and per-initiative lists cost one
 * statement per batch, with the caller's visibility rule in that statement. Their cache lives only
 * as long as the request, so visibility is decided again on the next one.
 */
export function createStoriesLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    storyById: keyedLoader(
      (ids: readonly string[]) => StoryService.loadVisible(ctx, ids),
      (s) => s.id,
    ),
    storiesByInitiativeId: groupedLoader(
      (ids: readonly string[]) => StoryService.loadVisibleForInitiatives(ctx, ids),
      (s) => s.initiativeId ?? '',
    ),
    currentConsentByStoryId: keyedLoader(
      (ids: readonly string[]) => ConsentService.loadCurrent(ctx, ids),
      (c) => c.storyId,
    ),
    /** Status histories, oldest first; callers check who may see them (StoryStatusService.history). */
    statusHistoryByStoryId: groupedLoader(
      (ids: readonly string[]) => StoryStatusService.loadHistories(ctx, ids),
      (c) => c.storyId,
    ),
    /** Writes the request's storyteller reads to the audit log, one INSERT per batch. */
    storytellerReads: storytellerReadRecorder(dataSource, viewer),
  };
}
export type StoriesLoaders = ReturnType<typeof createStoriesLoaders>;
