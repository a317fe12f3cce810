import { AuditEvent, createDataSource } from '@best/kit';
import { Consent } from './consents/consent.entity';
import { ConsentWithdrawalCode } from './consents/consent-withdrawal-code.entity';
import { StoryTombstone } from './erasure/story-tombstone.entity';
import { CreateConsentWithdrawalCodesAndStoryTombstones1770100000000 } from './migrations/1770100000000-CreateConsentWithdrawalCodesAndStoryTombstones';
import { CreateStories1764100000000 } from './migrations/1764100000000-CreateStories';
import { AddStoryRecordingOrganization1769000000000 } from './migrations/1769000000000-AddStoryRecordingOrganization';
import { CreateStoryAuditLog1769100000000 } from './migrations/1769100000000-CreateStoryAuditLog';
import { CreateStoryStatusChange1769200000000 } from './migrations/1769200000000-CreateStoryStatusChange';
import { CreateStoryMedia1770200000000 } from './migrations/1770200000000-CreateStoryMedia';
import { StoryMedia } from './media/story-media.entity';
import { AddStoryRiskFlags1770000000000 } from './migrations/1770000000000-AddStoryRiskFlags';
import { CreateStoryTranslations1770000100000 } from './migrations/1770000100000-CreateStoryTranslations';
import { StoryStatusChange } from './stories/story-status-change.entity';
import { Story } from './stories/story.entity';
import { Campaign } from './campaigns/campaign.entity';
import { Publication } from './publications/publication.entity';
import { CreatePublicationsAndCampaigns1770300000000 } from './migrations/1770300000000-CreatePublicationsAndCampaigns';
import { StoryTranslation } from './translations/story-translation.entity';

export const storiesEntities = [
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
];
export const storiesMigrations = [
  CreateStories1764100000000,
  AddStoryRecordingOrganization1769000000000,
  CreateStoryAuditLog1769100000000,
  CreateStoryStatusChange1769200000000,
  AddStoryRiskFlags1770000000000,
  CreateStoryTranslations1770000100000,
  CreateConsentWithdrawalCodesAndStoryTombstones1770100000000,
  CreateStoryMedia1770200000000,
  CreatePublicationsAndCampaigns1770300000000,
];

export function createStoriesDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: storiesEntities, migrations: storiesMigrations, onQuery });
}
