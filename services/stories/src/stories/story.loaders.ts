import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { StoryService } from './story.service';
import { StoryStatusService } from './story-status.service';

/**
 * Per-request loaders of stories: references and per-initiative lists cost one statement per
 * batch, with the caller's visibility rule in that statement. Their cache lives only as long as the
 * request, so visibility is decided again on the next one.
 */
export function storyLoaders(dataSource: DataSource, viewer: Viewer) {
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
    /** Status histories, oldest first; callers check who may see them (StoryStatusService.history). */
    statusHistoryByStoryId: groupedLoader(
      (ids: readonly string[]) => StoryStatusService.loadHistories(ctx, ids),
      (c) => c.storyId,
    ),
  };
}
