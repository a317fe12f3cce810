import { buildFederatedSchema, type FederatedSchema } from '@best/kit';
import { StoryAuditEventResolver } from './audit/story-audit.resolver';
import { ConsentResolver, StoryConsentResolver } from './consents/consent.resolver';
import { InitiativeStoriesResolver } from './initiative/initiative-stories.resolver';
import { resolveInitiativeReference } from './initiative/initiative.reference';
import { StoryResolver } from './stories/story.resolver';
import { StoryStatusResolver } from './stories/story-status.resolver';
import { resolveStoryReference } from './stories/story.reference';

/** The stories subgraph: stories with their consent, the stories of each initiative, and who read them. */
export function buildStoriesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      StoryResolver,
      StoryStatusResolver,
      StoryConsentResolver,
      ConsentResolver,
      InitiativeStoriesResolver,
      StoryAuditEventResolver,
    ],
    references: {
      Story: { __resolveReference: resolveStoryReference },
      Initiative: { __resolveReference: resolveInitiativeReference },
    },
  });
}
