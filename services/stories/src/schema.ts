import { buildFederatedSchema, type FederatedSchema } from '@best/kit';
import { ConsentResolver, StoryConsentResolver } from './consents/consent.resolver';
import { InitiativeStoriesResolver } from './initiative/initiative-stories.resolver';
import { resolveInitiativeReference } from './initiative/initiative.reference';
import { StoryResolver } from './stories/story.resolver';
import { resolveStoryReference } from './stories/story.reference';

/** The stories subgraph: stories with their consent, and the stories of each initiative. */
export function buildStoriesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [StoryResolver, StoryConsentResolver, ConsentResolver, InitiativeStoriesResolver],
    references: {
      Story: { __resolveReference: resolveStoryReference },
      Initiative: { __resolveReference: resolveInitiativeReference },
    },
  });
}
