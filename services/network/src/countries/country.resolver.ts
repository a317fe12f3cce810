import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { Country } from './country.entity';
import { CountryService } from './country.service';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'Every country of the network, by name.' })
  countries(@Ctx() ctx: NetworkContext): Promise<Country[]> {
    return new CountryService(ctx).all();
  }

  @Query(() => Country, { nullable: true })
  country(@Arg('code', () => ID) code: string, @Ctx() ctx: NetworkContext): Promise<Country | null> {
    return new CountryService(ctx).byCode(code);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The national partner organisation.' })
  partnerOrganization(@Root() country: Country, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return country.partnerOrganizationId
      ? new OrganizationService(ctx).byId(country.partnerOrganizationId)
      : Promise.resolve(null);
  }
}
