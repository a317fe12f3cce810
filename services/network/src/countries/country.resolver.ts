import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { canCoordinateCountry } from './country.access';
import { Country } from './country.entity';
import { CountryService } from './country.service';
import { InitiativeStatusCount, MembershipStageCount, ParticipantTotals } from './country.figures';
import { AddCountryInput, UpdateCountryInput } from './country.input';
import { AddCountryPayload, UpdateCountryPayload } from './country.payload';

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

  @Mutation(() => AddCountryPayload, { description: 'Adds a country to the network. Admins only.' })
  async addCountry(
    @Arg('input', () => AddCountryInput) input: AddCountryInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<AddCountryPayload> {
    return { country: await new CountryService(ctx).add(input) };
  }

  @Mutation(() => UpdateCountryPayload, {
    description: 'Renames a country or names its national partner. Admins, and the coordinator of that country.',
  })
  async updateCountry(
    @Arg('input', () => UpdateCountryInput) input: UpdateCountryInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<UpdateCountryPayload> {
    return { country: await new CountryService(ctx).update(input) };
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The national partner organisation.' })
  partnerOrganization(@Root() country: Country, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return country.partnerOrganizationId
      ? new OrganizationService(ctx).byId(country.partnerOrganizationId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => [MembershipStageCount], {
    description: 'Organisations at each stage of the membership pipeline (every stage, zeros included).',
  })
  organizationsByStage(@Root() country: Country, @Ctx() ctx: NetworkContext): Promise<MembershipStageCount[]> {
    return new CountryService(ctx).organizationsByStage(country);
  }

  @FieldResolver(() => [InitiativeStatusCount], {
    description: 'Listed initiatives by status (every status, zeros included).',
  })
  initiativesByStatus(@Root() country: Country, @Ctx() ctx: NetworkContext): Promise<InitiativeStatusCount[]> {
    return new CountryService(ctx).initiativesByStatus(country);
  }

  @FieldResolver(() => ParticipantTotals, { description: 'Participants of its listed initiatives.' })
  participants(@Root() country: Country, @Ctx() ctx: NetworkContext): Promise<ParticipantTotals> {
    return new CountryService(ctx).participants(country);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Proposals waiting for review; null unless you review this country.',
  })
  pendingProposals(@Root() country: Country, @Ctx() ctx: NetworkContext): Promise<number | null> {
    return new CountryService(ctx).pendingProposals(country);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you coordinate this country: add organisations and initiatives, move memberships, review proposals.',
  })
  viewerCanCoordinate(@Root() country: Country, @Ctx() ctx: NetworkContext): boolean {
    return canCoordinateCountry(ctx.viewer, country.code);
  }
}
