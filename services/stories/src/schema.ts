import { buildFederatedSchema, type FederatedSchema } from '@best/kit';
import { StoryAuditEventResolver } from './audit/story-audit.resolver';
import { ConsentResolver, StoryConsentResolver } from './consents/consent.resolver';
import { ErasureResolver } from './erasure/erasure.resolver';
import { InitiativeStoriesResolver } from './initiative/initiative-stories.resolver';
import { resolveInitiativeReference } from './initiative/initiative.reference';
import { StoryResolver } from './stories/story.resolver';
import { StoryStatusResolver } from './stories/story-status.resolver';
import { StoryEditingResolver } from './stories/story-editing.resolver';
import { StoryTranslationResolver } from './translations/story-translation.resolver';
import { resolveStoryReference } from './stories/story.reference';
import { StoryMediaListResolver, StoryMediaResolver } from './media/story-media.resolver';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { PublicationResolver } from './publications/publication.resolver';
import { ErasureTakedownsResolver, WithdrawalTakedownsResolver } from './publications/withdrawal-takedowns.resolver';
import { PublicStoriesResolver } from './public/public-stories.resolver';

/** The stories subgraph: stories with their consent, the stories of each initiative, and who read them. */
export function buildStoriesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      StoryResolver,
      StoryStatusResolver,
      StoryEditingResolver,
      StoryTranslationResolver,
      StoryConsentResolver,
      ConsentResolver,
      ErasureResolver,
      InitiativeStoriesResolver,
      StoryAuditEventResolver,
      PublicationResolver,
      WithdrawalTakedownsResolver,
      ErasureTakedownsResolver,
      CampaignResolver,
      PublicStoriesResolver,
      StoryMediaResolver,
      StoryMediaListResolver,
    ],
    references: {
      Story: { __resolveReference: resolveStoryReference },
      Initiative: { __resolveReference: resolveInitiativeReference },
    },
  });
}
