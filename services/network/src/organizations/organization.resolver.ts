import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Country } from '../countries/country.entity';
import { CountryService } from '../countries/country.service';
import { Organization } from './organization.entity';
import { OrganizationsArgs } from './organization.args';
import { OrganizationConnection } from './organization.connection';
import { OrganizationService } from './organization.service';
import { MembershipChange } from './membership-change.entity';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return new OrganizationService(ctx).byId(id);
  }

  @Query(() => OrganizationConnection)
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: NetworkContext) {
    return new OrganizationService(ctx).list(args);
  }

  @FieldResolver(() => Country)
  async country(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<Country | null> {
    return new CountryService(ctx).byCode(organization.countryCode);
  }

  @FieldResolver(() => [MembershipChange], { description: 'Every move through the pipeline, oldest first.' })
  membershipHistory(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<MembershipChange[]> {
    return new OrganizationService(ctx).history(organization.id);
  }
}
