import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Country } from '../countries/country.entity';
import { CountryService } from '../countries/country.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { Initiative } from './initiative.entity';
import { InitiativesArgs } from './initiative.args';
import { InitiativeConnection } from './initiative.connection';
import { InitiativeService } from './initiative.service';
import {
  ArchiveInitiativeInput,
  CreateInitiativeInput,
  RestoreInitiativeInput,
  UpdateInitiativeInput,
} from './initiative.input';
import {
  ArchiveInitiativePayload,
  CreateInitiativePayload,
  RestoreInitiativePayload,
  UpdateInitiativePayload,
} from './initiative.payload';
import { canEditInitiative } from './initiative.access';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => Initiative, {
    nullable: true,
    description: 'Null when unknown, and for a proposed or declined one unless you review its country.',
  })
  initiative(@Arg('id', () => ID) id: string, @Ctx() ctx: NetworkContext): Promise<Initiative | null> {
    return new InitiativeService(ctx).byId(id);
  }

  @Query(() => InitiativeConnection, {
    description: 'Listed initiatives (see `listing`), searched, filtered, sorted and paginated.',
  })
  initiatives(@Args(() => InitiativesArgs) args: InitiativesArgs, @Ctx() ctx: NetworkContext) {
    return new InitiativeService(ctx).list(args);
  }

  @Mutation(() => CreateInitiativePayload, {
    description:
      'Adds a listed initiative. Admins, the coordinator of its country, members and WRITE tokens of the organisation.',
  })
  async createInitiative(
    @Arg('input', () => CreateInitiativeInput) input: CreateInitiativeInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<CreateInitiativePayload> {
    return { initiative: await new InitiativeService(ctx).create(input) };
  }

  @Mutation(() => UpdateInitiativePayload, {
    description: 'Changes an initiative; refused with CONFLICT when someone else saved since `expectedVersion`.',
  })
  async updateInitiative(
    @Arg('input', () => UpdateInitiativeInput) input: UpdateInitiativeInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<UpdateInitiativePayload> {
    return { initiative: await new InitiativeService(ctx).update(input) };
  }

  @Mutation(() => ArchiveInitiativePayload, { description: 'Takes a LISTED initiative off the map and lists.' })
  async archiveInitiative(
    @Arg('input', () => ArchiveInitiativeInput) input: ArchiveInitiativeInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<ArchiveInitiativePayload> {
    return { initiative: await new InitiativeService(ctx).archive(input) };
  }

  @Mutation(() => RestoreInitiativePayload, { description: 'Lists an ARCHIVED initiative again.' })
  async restoreInitiative(
    @Arg('input', () => RestoreInitiativeInput) input: RestoreInitiativeInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<RestoreInitiativePayload> {
    return { initiative: await new InitiativeService(ctx).restore(input) };
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The owning organisation; null only for a proposal whose organisation is not in the network yet.',
  })
  organization(@Root() initiative: Initiative, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return initiative.organizationId
      ? new OrganizationService(ctx).byId(initiative.organizationId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() initiative: Initiative, @Ctx() ctx: NetworkContext): Promise<Country | null> {
    return new CountryService(ctx).byCode(initiative.countryCode);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit, archive or restore it.' })
  viewerCanEdit(@Root() initiative: Initiative, @Ctx() ctx: NetworkContext): boolean {
    return canEditInitiative(ctx.viewer, initiative);
  }
}

@Resolver(() => Organization)
export class OrganizationInitiativesResolver {
  @FieldResolver(() => InitiativeConnection, {
    description: "The organisation's initiatives (same arguments as `initiatives`).",
  })
  initiatives(
    @Root() organization: Organization,
    @Args(() => InitiativesArgs) args: InitiativesArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new InitiativeService(ctx).list({ ...args, organizationId: organization.id });
  }
}
