import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@best/kit/testing';
import { systemContextOf } from '@best/kit';
import { ConsentChannel, ConsentGiver, ConsentScope } from '../src/consents/consent.enums';
import { ConsentService, type NewConsent } from '../src/consents/consent.service';
import { StoryKind, StoryStatus, StorytellerRole } from '../src/stories/story.enums';
import { StoryService, type NewStory } from '../src/stories/story.service';
import type { Story } from '../src/stories/story.entity';
import { storiesSubgraph } from '../src/subgraph';

const HOUR = 60 * 60 * 1000;

/** The organisation that records the test stories unless a test says otherwise (country IT). */
export const RECORDING_ORGANIZATION = '0d000000-0000-4000-8000-0000000000a1';

/**
 * Test data through the services the product uses. `story()` gives a story that everyone may see
 * (published, public consent, no expiry); each test changes only what its rule is about.
 */
export function seed(subgraph: Pick<TestSubgraph, 'dataSource'>) {
  const { dataSource } = subgraph;
  const ctx = systemContextOf(storiesSubgraph, dataSource);
  const stories = new StoryService(ctx);
  const consents = new ConsentService(ctx);

  const aStory = (overrides: Partial<NewStory> = {}): NewStory => ({
    title: 'Sunday football for all',
    text: 'Every Sunday we play football in the park. Everyone shakes hands at the end.',
    summary: 'A neighbour on Sunday football.',
    language: 'en',
    kind: StoryKind.TESTIMONY,
    displayName: null,
    storytellerRole: StorytellerRole.LOCAL,
    countryCode: 'IT',
    initiativeId: randomUUID(),
    recordedByOrganizationId: RECORDING_ORGANIZATION,
    status: StoryStatus.PUBLISHED,
    ...overrides,
  });

  const aConsent = (story: Story, overrides: Partial<NewConsent> = {}): NewConsent => ({
    givenBy: story.isMinor ? ConsentGiver.GUARDIAN : ConsentGiver.STORYTELLER,
    givenAt: new Date(Date.now() - 24 * HOUR),
    scope: ConsentScope.PUBLIC,
    // An INTERNAL consent covers no publication channel (ConsentService refuses one).
    channels: overrides.scope === ConsentScope.INTERNAL ? [] : [ConsentChannel.WEBSITE],
    evidenceReference: 'consent-forms/test/form.pdf',
    recordedBy: 'Alex Sample',
    ...overrides,
  });

  return {
    stories,
    consents,
    aConsent,
    /** A story with one consent (`null`: none recorded). */
    async story(overrides: Partial<NewStory> = {}, consent: Partial<NewConsent> | null = {}): Promise<Story> {
      const story = await stories.create(aStory(overrides));
      if (consent) await consents.record(story.id, aConsent(story, consent));
      return story;
    },
    /** Records a further consent for a story, replacing its current one. */
    consent(story: Story, overrides: Partial<NewConsent> = {}) {
      return consents.record(story.id, aConsent(story, overrides));
    },
  };
}
