import { AuditEvent, createDataSource } from '@best/kit';
import { Consent } from './consents/consent.entity';
import { CreateStories1764100000000 } from './migrations/1764100000000-CreateStories';
import { AddStoryRecordingOrganization1769000000000 } from './migrations/1769000000000-AddStoryRecordingOrganization';
import { CreateStoryAuditLog1769100000000 } from './migrations/1769100000000-CreateStoryAuditLog';
import { CreateStoryStatusChange1769200000000 } from './migrations/1769200000000-CreateStoryStatusChange';
import { StoryStatusChange } from './stories/story-status-change.entity';
import { Story } from './stories/story.entity';

export const storiesEntities = [Story, Consent, AuditEvent, StoryStatusChange];
export const storiesMigrations = [
  CreateStories1764100000000,
  AddStoryRecordingOrganization1769000000000,
  CreateStoryAuditLog1769100000000,
  CreateStoryStatusChange1769200000000,
];

export function createStoriesDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: storiesEntities, migrations: storiesMigrations, onQuery });
}
