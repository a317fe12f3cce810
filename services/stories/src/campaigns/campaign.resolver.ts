import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '@best/kit';
import type { StoriesContext } from '../context';
import { CountryStub } from '../country/country.stub';
import { PublicationConnection } from '../publications/publication.connection';
import { Reach } from '../publications/reach.type';
import { CampaignConnection } from './campaign.connection';
import { Campaign } from './campaign.entity';
import { CampaignsArgs, CreateCampaignInput, UpdateCampaignInput } from './campaign.input';
import { CreateCampaignPayload, UpdateCampaignPayload } from './campaign.payload';
import { CampaignService } from './campaign.service';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, {
    description: 'Campaigns, latest start first (the network; empty for the public).',
  })
  campaigns(@Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() ctx: StoriesContext) {
    return new CampaignService(ctx).list(args);
  }

  @Query(() => Campaign, { nullable: true, description: 'A campaign (the network); otherwise null.' })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: StoriesContext) {
    return new CampaignService(ctx).byId(id);
  }

  @Mutation(() => CreateCampaignPayload, {
    description: "Admins (any country, or European) and coordinators (their country's) create campaigns.",
  })
  async createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<CreateCampaignPayload> {
    return { campaign: await new CampaignService(ctx).create(input) };
  }

  @Mutation(() => UpdateCampaignPayload, { description: 'Changes a campaign; CONFLICT on a stale version.' })
  async updateCampaign(
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<UpdateCampaignPayload> {
    return { campaign: await new CampaignService(ctx).update(input) };
  }

  @FieldResolver(() => PublicationConnection, { description: "The campaign's publications, newest first." })
  publications(
    @Root() campaign: Campaign,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: StoriesContext,
  ) {
    return new CampaignService(ctx).publications(campaign, args);
  }

  @FieldResolver(() => Reach, { description: "The summed reach of the campaign's publications." })
  reach(@Root() campaign: Campaign, @Ctx() ctx: StoriesContext) {
    return new CampaignService(ctx).reach(campaign);
  }

  @FieldResolver(() => CountryStub, { nullable: true, description: 'The country it runs in; null for a European one.' })
  country(@Root() campaign: Campaign): CountryStub | null {
    return campaign.countryCode ? { code: campaign.countryCode } : null;
  }
}
