import type { DataSource } from 'typeorm';
import { keyedLoader, type Viewer } from '@best/kit';
import { PublicationService } from './publication.service';

/** Per-request loaders of publications and campaigns: one statement per batch. */
export function publicationLoaders(dataSource: DataSource, viewer: Viewer) {
  const ctx = { dataSource, viewer };
  return {
    campaignById: keyedLoader(
      (ids: readonly string[]) => PublicationService.loadCampaigns(ctx, ids),
      (c) => c.id,
    ),
    /** Reach of each campaign's publications; a campaign without publications has none (null). */
    campaignReachById: keyedLoader(
      (ids: readonly string[]) => PublicationService.reachForCampaigns(ctx, ids),
      (r) => r.campaignId,
    ),
  };
}
