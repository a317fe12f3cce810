import type { DataSource } from 'typeorm';
import { groupedLoader, type Viewer } from '@best/kit';
import { StoryTranslationService } from './story-translation.service';

/** Per-request loaders of translations. */
export function storyTranslationLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    /** Translations of the stories of the request, by language: one statement per batch. */
    translationsByStoryId: groupedLoader(
      (ids: readonly string[]) => StoryTranslationService.loadForStories(ctx, ids),
      (t) => t.storyId,
    ),
  };
}
