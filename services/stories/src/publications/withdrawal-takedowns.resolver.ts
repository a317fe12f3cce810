import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { WithdrawConsentPayload } from '../consents/consent.payload';
import type { StoriesContext } from '../context';
import { EraseStoryPayload } from '../erasure/erasure.payload';
import { Publication } from './publication.entity';
import { PublicationService } from './publication.service';

/** What a withdrawal leaves to do by hand: the story's publications still online. */
@Resolver(() => WithdrawConsentPayload)
export class WithdrawalTakedownsResolver {
  @FieldResolver(() => [Publication], {
    description: "The story's publications still online, to take down now that its consent is withdrawn.",
  })
  publicationsToTakeDown(@Root() payload: WithdrawConsentPayload, @Ctx() ctx: StoriesContext): Promise<Publication[]> {
    return new PublicationService(ctx).toTakeDownForStory(payload.storyId);
  }
}

/** The same after an erasure: the publications outlive the story, and someone must take them down. */
@Resolver(() => EraseStoryPayload)
export class ErasureTakedownsResolver {
  @FieldResolver(() => [Publication], {
    description: "The erased story's publications still online, to take down.",
  })
  publicationsToTakeDown(@Root() payload: EraseStoryPayload, @Ctx() ctx: StoriesContext): Promise<Publication[]> {
    return new PublicationService(ctx).toTakeDownForStory(payload.tombstone.id);
  }
}
