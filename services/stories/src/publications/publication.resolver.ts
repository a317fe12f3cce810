import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity';
import type { StoriesContext } from '../context';
import { CountryStub } from '../country/country.stub';
import { Story } from '../stories/story.entity';
import { askedStoryFields } from '../stories/story.selection';
import { PublicationReachArgs, PublicationsArgs, PublicationsToTakeDownArgs } from './publication.args';
import { PublicationConnection } from './publication.connection';
import { Publication } from './publication.entity';
import {
  MarkPublicationTakenDownInput,
  RecordPublicationInput,
  UpdatePublicationReachInput,
} from './publication.input';
import {
  MarkPublicationTakenDownPayload,
  RecordPublicationPayload,
  UpdatePublicationReachPayload,
} from './publication.payload';
import { PublicationService } from './publication.service';
import { ReachTotal } from './reach.type';

@Resolver(() => Publication)
export class PublicationResolver {
  @Query(() => PublicationConnection, {
    description: 'Where stories were published, newest first (the network; empty for the public).',
  })
  publications(@Args(() => PublicationsArgs) args: PublicationsArgs, @Ctx() ctx: StoriesContext) {
    return new PublicationService(ctx).list(args);
  }

  @Query(() => PublicationConnection, {
    description:
      'Publications still online whose story is withdrawn or erased, or whose consent was withdrawn, expired or ' +
      "no longer covers the channel: for admins, the coordinator of the story's country and the recording organisation.",
  })
  publicationsToTakeDown(
    @Args(() => PublicationsToTakeDownArgs) args: PublicationsToTakeDownArgs,
    @Ctx() ctx: StoriesContext,
  ) {
    return new PublicationService(ctx).toTakeDown(args);
  }

  @Query(() => [ReachTotal], { description: 'Publications, views and shares per country and channel (the network).' })
  publicationReach(@Args(() => PublicationReachArgs) args: PublicationReachArgs, @Ctx() ctx: StoriesContext) {
    return new PublicationService(ctx).reachTotals(args);
  }

  @Mutation(() => RecordPublicationPayload, {
    description:
      'Records that a published story appeared on a channel. Refused (CONFLICT) unless its current consent covers the channel.',
  })
  async recordPublication(
    @Arg('input', () => RecordPublicationInput) input: RecordPublicationInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<RecordPublicationPayload> {
    return { publication: await new PublicationService(ctx).record(input) };
  }

  @Mutation(() => UpdatePublicationReachPayload, { description: 'New views and shares for a publication.' })
  async updatePublicationReach(
    @Arg('input', () => UpdatePublicationReachInput) input: UpdatePublicationReachInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<UpdatePublicationReachPayload> {
    return { publication: await new PublicationService(ctx).updateReach(input) };
  }

  @Mutation(() => MarkPublicationTakenDownPayload, { description: 'Records that a publication was taken down.' })
  async markPublicationTakenDown(
    @Arg('input', () => MarkPublicationTakenDownInput) input: MarkPublicationTakenDownInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<MarkPublicationTakenDownPayload> {
    return { publication: await new PublicationService(ctx).markTakenDown(input) };
  }

  @FieldResolver(() => Story, {
    nullable: true,
    description: 'The story, when the caller may see it; null when it is hidden from them or was erased.',
  })
  story(@Root() publication: Publication, @Ctx() ctx: StoriesContext, @Info() info: GraphQLResolveInfo) {
    return new PublicationService(ctx).story(publication, askedStoryFields(info));
  }

  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() publication: Publication, @Ctx() ctx: StoriesContext) {
    return new PublicationService(ctx).campaign(publication);
  }

  @FieldResolver(() => CountryStub)
  country(@Root() publication: Publication): CountryStub {
    return { code: publication.countryCode };
  }
}
