import type { DataSource } from 'typeorm';
import { groupedLoader, type Viewer } from '@best/kit';
import { MediaService } from './media.service';

/** Per-request loaders of media. */
export function storyMediaLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    /** Media of stories already read under the caller's rules; Story.media filters what may be served. */
    mediaByStoryId: groupedLoader(
      (ids: readonly string[]) => MediaService.loadForStories(ctx, ids),
      (m) => m.storyId,
    ),
  };
}
