import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Country } from '../countries/country.entity';
import { CountryService } from '../countries/country.service';
import { Organization } from './organization.entity';
import { OrganizationsArgs } from './organization.args';
import { OrganizationConnection } from './organization.connection';
import { OrganizationService } from './organization.service';
import { MembershipChange } from './membership-change.entity';
import { MembershipChangesArgs } from './membership-change.args';
import { MembershipChangeConnection } from './membership-change.connection';
import { MembershipStage } from './organization.enums';
import { CreateOrganizationInput, MoveMembershipInput, UpdateOrganizationInput } from './organization.input';
import { CreateOrganizationPayload, MoveMembershipPayload, UpdateOrganizationPayload } from './organization.payload';
import { allowedMoves } from './membership.rules';
import { canCoordinate, canEditOrganization } from './organization.access';

const PRIVATE = 'Private: null unless you are an admin, the coordinator of its country, or of this organisation.';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return new OrganizationService(ctx).byId(id);
  }

  @Query(() => OrganizationConnection, { description: 'Organisations by name, filtered and paginated.' })
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: NetworkContext) {
    return new OrganizationService(ctx).list(args);
  }

  @Query(() => MembershipChangeConnection, {
    description:
      'Moves through the membership pipeline across organisations, newest first. Network only: empty for the public.',
  })
  membershipChanges(@Args(() => MembershipChangesArgs) args: MembershipChangesArgs, @Ctx() ctx: NetworkContext) {
    return new OrganizationService(ctx).changes(args);
  }

  @Mutation(() => CreateOrganizationPayload, {
    description: 'Adds an organisation (IDENTIFIED). Admins, and the coordinator of its country.',
  })
  async createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<CreateOrganizationPayload> {
    return { organization: await new OrganizationService(ctx).create(input) };
  }

  @Mutation(() => UpdateOrganizationPayload, {
    description:
      'Changes the profile and contact details. Admins, the coordinator of its country, its members and WRITE tokens.',
  })
  async updateOrganization(
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<UpdateOrganizationPayload> {
    return { organization: await new OrganizationService(ctx).update(input) };
  }

  @Mutation(() => MoveMembershipPayload, {
    description:
      'Moves an organisation to the next stage of the membership pipeline, dated, with who and why. ' +
      'Admins, and the coordinator of its country. A move the pipeline does not allow is refused with ' +
      'BAD_USER_INPUT and `extensions.allowedStages`.',
  })
  async moveMembership(
    @Arg('input', () => MoveMembershipInput) input: MoveMembershipInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<MoveMembershipPayload> {
    return new OrganizationService(ctx).moveMembership(input);
  }

  @FieldResolver(() => Country)
  async country(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<Country | null> {
    return new CountryService(ctx).byCode(organization.countryCode);
  }

  @FieldResolver(() => [MembershipChange], {
    nullable: true,
    description: 'Every move through the pipeline, oldest first. Network only: null for the public.',
  })
  membershipHistory(
    @Root() organization: Organization,
    @Ctx() ctx: NetworkContext,
  ): Promise<MembershipChange[] | null> {
    return new OrganizationService(ctx).history(organization.id);
  }

  @FieldResolver(() => [MembershipStage], { description: 'The stages the pipeline allows it to move to next.' })
  allowedMembershipMoves(@Root() organization: Organization): readonly MembershipStage[] {
    return allowedMoves(organization.membershipStage);
  }

  @FieldResolver(() => String, { nullable: true, description: PRIVATE })
  async contactName(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<string | null> {
    return (await new OrganizationService(ctx).contactDetails(organization))?.contactName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: PRIVATE })
  async contactEmail(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<string | null> {
    return (await new OrganizationService(ctx).contactDetails(organization))?.contactEmail ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: PRIVATE })
  async contactPhone(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<string | null> {
    return (await new OrganizationService(ctx).contactDetails(organization))?.contactPhone ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change its profile and contact details.' })
  viewerCanEdit(@Root() organization: Organization, @Ctx() ctx: NetworkContext): boolean {
    return canEditOrganization(ctx.viewer, organization);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may move it through the membership pipeline.' })
  viewerCanMoveMembership(@Root() organization: Organization, @Ctx() ctx: NetworkContext): boolean {
    return canCoordinate(ctx.viewer, organization.countryCode);
  }
}
