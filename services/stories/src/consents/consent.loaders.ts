import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type Viewer } from '@best/kit';
import { ConsentService } from './consent.service';

/** Per-request loaders of consents: one statement per batch. */
export function consentLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    currentConsentByStoryId: keyedLoader(
      (ids: readonly string[]) => ConsentService.loadCurrent(ctx, ids),
      (c) => c.storyId,
    ),
    /** Every consent of each story, newest first; callers check who may see them (ConsentService.history). */
    consentHistoryByStoryId: groupedLoader(
      (ids: readonly string[]) => ConsentService.loadHistories(ctx, ids),
      (c) => c.storyId,
    ),
  };
}
