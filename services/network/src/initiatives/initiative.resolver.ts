import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Country } from '../countries/country.entity';
import { CountryService } from '../countries/country.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { Initiative } from './initiative.entity';
import { InitiativesArgs } from './initiative.args';
import { InitiativeConnection } from './initiative.connection';
import { InitiativeService } from './initiative.service';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => Initiative, { nullable: true })
  initiative(@Arg('id', () => ID) id: string, @Ctx() ctx: NetworkContext): Promise<Initiative | null> {
    return new InitiativeService(ctx).byId(id);
  }

  @Query(() => InitiativeConnection, { description: 'Initiatives by title, filtered and paginated.' })
  initiatives(@Args(() => InitiativesArgs) args: InitiativesArgs, @Ctx() ctx: NetworkContext) {
    return new InitiativeService(ctx).list(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() initiative: Initiative, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return new OrganizationService(ctx).byId(initiative.organizationId);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() initiative: Initiative, @Ctx() ctx: NetworkContext): Promise<Country | null> {
    return new CountryService(ctx).byCode(initiative.countryCode);
  }
}

@Resolver(() => Organization)
export class OrganizationInitiativesResolver {
  @FieldResolver(() => InitiativeConnection, { description: "The organisation's initiatives." })
  initiatives(
    @Root() organization: Organization,
    @Args(() => InitiativesArgs) args: InitiativesArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new InitiativeService(ctx).list({ ...args, organizationId: organization.id });
  }
}
