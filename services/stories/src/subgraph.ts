import { AuditEvent, defineSubgraph } from '@best/kit';
import { storyAuditLoaders } from './audit/story-audit.loaders';
import { Campaign } from './campaigns/campaign.entity';
import { ConsentWithdrawalCode } from './consents/consent-withdrawal-code.entity';
import { Consent } from './consents/consent.entity';
import { consentLoaders } from './consents/consent.loaders';
import { StoryTombstone } from './erasure/story-tombstone.entity';
import { configureMedia, type MediaStorage } from './media/configured-storage';
import { mediaEnvSchema } from './media/media-env';
import { mediaRoutes } from './media/media.routes';
import type { MediaLimits } from './media/media-types';
import { StoryMedia } from './media/story-media.entity';
import { storyMediaLoaders } from './media/story-media.loaders';
import { CreateStories1764100000000 } from './migrations/1764100000000-CreateStories';
import { AddStoryRecordingOrganization1769000000000 } from './migrations/1769000000000-AddStoryRecordingOrganization';
import { CreateStoryAuditLog1769100000000 } from './migrations/1769100000000-CreateStoryAuditLog';
import { CreateStoryStatusChange1769200000000 } from './migrations/1769200000000-CreateStoryStatusChange';
import { AddStoryRiskFlags1770000000000 } from './migrations/1770000000000-AddStoryRiskFlags';
import { CreateStoryTranslations1770000100000 } from './migrations/1770000100000-CreateStoryTranslations';
import { CreateConsentWithdrawalCodesAndStoryTombstones1770100000000 } from './migrations/1770100000000-CreateConsentWithdrawalCodesAndStoryTombstones';
import { CreateStoryMedia1770200000000 } from './migrations/1770200000000-CreateStoryMedia';
import { CreatePublicationsAndCampaigns1770300000000 } from './migrations/1770300000000-CreatePublicationsAndCampaigns';
import { Publication } from './publications/publication.entity';
import { publicationLoaders } from './publications/publication.loaders';
import { buildStoriesSchema } from './schema';
import { seedStoriesDemo } from './seed/demo-seed';
import { StoryStatusChange } from './stories/story-status-change.entity';
import { Story } from './stories/story.entity';
import { storyLoaders } from './stories/story.loaders';
import { StoryTranslation } from './translations/story-translation.entity';
import { storyTranslationLoaders } from './translations/story-translation.loaders';

/** What the stories server takes besides the usual deps. */
export interface StoriesServerOptions {
  /** Media storage (default: the one the environment names) and largest file per kind. */
  media?: { storage?: MediaStorage; limits?: Partial<MediaLimits> };
}

/** The stories subgraph: stories with their consent, the stories of each initiative, and who read them. */
export const storiesSubgraph = defineSubgraph<ReturnType<typeof createStoriesLoaders>, StoriesServerOptions>({
  name: 'stories',
  defaultPort: 4003,
  entities: [
    ConsentWithdrawalCode,
    StoryTombstone,
    Story,
    Consent,
    AuditEvent,
    StoryStatusChange,
    StoryTranslation,
    StoryMedia,
    Campaign,
    Publication,
  ],
  migrations: [
    CreateStories1764100000000,
    AddStoryRecordingOrganization1769000000000,
    CreateStoryAuditLog1769100000000,
    CreateStoryStatusChange1769200000000,
    AddStoryRiskFlags1770000000000,
    CreateStoryTranslations1770000100000,
    CreateConsentWithdrawalCodesAndStoryTombstones1770100000000,
    CreateStoryMedia1770200000000,
    CreatePublicationsAndCampaigns1770300000000,
  ],
  buildSchema: buildStoriesSchema,
  createLoaders: createStoriesLoaders,
  seedDemo: seedStoriesDemo,
  env: mediaEnvSchema,
  routes: (deps) => {
    configureMedia({ storage: deps.media?.storage, logger: deps.logger });
    const media = {
      logger: deps.logger,
      limits: deps.media?.limits,
      contextOf: deps.contextOf,
    };
    return (router) => mediaRoutes(router, media);
  },
});

/**
 * DataLoaders for one request and one caller, from each domain: references and lists cost one
 * statement per batch, with the caller's rules in that statement.
 */
function createStoriesLoaders(...args: Parameters<typeof storyLoaders>) {
  return {
    ...storyLoaders(...args),
    ...consentLoaders(...args),
    ...storyTranslationLoaders(...args),
    ...storyMediaLoaders(...args),
    ...storyAuditLoaders(...args),
    /** Campaigns and their reach. */
    ...publicationLoaders(...args),
  };
}
