import { createDataSource } from '@best/kit';
import { Consent } from './consents/consent.entity';
import { CreateStories1764100000000 } from './migrations/1764100000000-CreateStories';
import { AddStoryRecordingOrganization1769000000000 } from './migrations/1769000000000-AddStoryRecordingOrganization';
import { Story } from './stories/story.entity';

export const storiesEntities = [Story, Consent];
export const storiesMigrations = [CreateStories1764100000000, AddStoryRecordingOrganization1769000000000];

export function createStoriesDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: storiesEntities, migrations: storiesMigrations, onQuery });
}
