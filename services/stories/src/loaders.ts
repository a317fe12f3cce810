import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { storytellerReadRecorder } from './audit/storyteller-reads';
import { createPublicationLoaders } from './publications/publication.loaders';
import { ConsentService } from './consents/consent.service';
import { MediaService } from './media/media.service';
import { StoryService } from './stories/story.service';
import { StoryStatusService } from './stories/story-status.service';
import { StoryTranslationService } from './translations/story-translation.service';

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
    /** Every consent of each story, newest first; callers check who may see them (ConsentService.history). */
    consentHistoryByStoryId: groupedLoader(
      (ids: readonly string[]) => ConsentService.loadHistories(ctx, ids),
      (c) => c.storyId,
    ),
    /** Status histories, oldest first; callers check who may see them (StoryStatusService.history). */
    statusHistoryByStoryId: groupedLoader(
      (ids: readonly string[]) => StoryStatusService.loadHistories(ctx, ids),
      (c) => c.storyId,
    ),
    /** Translations of the stories of the request, by language: one statement per batch. */
    translationsByStoryId: groupedLoader(
      (ids: readonly string[]) => StoryTranslationService.loadForStories(ctx, ids),
      (t) => t.storyId,
    ),
    /** Media of stories already read under the caller's rules; Story.media filters what may be served. */
    mediaByStoryId: groupedLoader(
      (ids: readonly string[]) => MediaService.loadForStories(ctx, ids),
      (m) => m.storyId,
    ),
    /** Writes the request's storyteller reads to the audit log, one INSERT per batch. */
    storytellerReads: storytellerReadRecorder(dataSource, viewer),
    /** Campaigns and their reach (publications/publication.loaders.ts). */
    ...createPublicationLoaders(dataSource, viewer),
  };
}
export type StoriesLoaders = ReturnType<typeof createStoriesLoaders>;
