import { demoId, demoNetwork } from '@best/demo';
import { DEMO_STORIES, type DemoStory } from './demo-stories';

/**
 * The organisation that recorded a demo story: the one running the initiative the story is about,
 * or for a story about no initiative the country's national partner, which collects such messages.
 */
export function demoRecordingOrganizationId(seed: DemoStory, network = demoNetwork()): string {
  if (seed.initiative != null) return network.initiatives[seed.initiative].organizationId;
  const country = network.countries.find((c) => c.code === seed.countryCode);
  if (!country) throw new Error(`Demo story ${seed.key} has neither an initiative nor a known country`);
  return country.partnerOrganizationId;
}

/** Every demo story's id with the organisation that recorded it. */
export function demoStoryRecordingOrganizations(): { storyId: string; organizationId: string }[] {
  const network = demoNetwork();
  return DEMO_STORIES.map((seed) => ({
    storyId: demoId('story', seed.key),
    organizationId: demoRecordingOrganizationId(seed, network),
  }));
}
