import { AuditEvent, createDataSource } from '@best/kit';
import { Consent } from './consents/consent.entity';
import { CreateStories1764100000000 } from './migrations/1764100000000-CreateStories';
import { AddStoryRecordingOrganization1769000000000 } from './migrations/1769000000000-AddStoryRecordingOrganization';
import { CreateStoryAuditLog1769100000000 } from './migrations/1769100000000-CreateStoryAuditLog';
import { Story } from './stories/story.entity';

export const storiesEntities = [Story, Consent, AuditEvent];
export const storiesMigrations = [
  CreateStories1764100000000,
  AddStoryRecordingOrganization1769000000000,
  CreateStoryAuditLog1769100000000,
];

export function createStoriesDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: storiesEntities, migrations: storiesMigrations, onQuery });
}
