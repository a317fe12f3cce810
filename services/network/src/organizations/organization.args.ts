import { ArgsType, Field, ID } from 'type-graphql';
import { Length } from 'class-validator';
import { ConnectionArgs, SafeText } from '@best/kit';
import { MembershipStage, OrganizationKind } from './organization.enums';

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only organisations in this country.' })
  @Length(2, 2)
  countryCode?: string | null;

  @Field(() => MembershipStage, { nullable: true })
  membershipStage?: MembershipStage | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, ignoring case and accents ("ponti" finds "Associazione Ponti Aperti").',
  })
  @SafeText(200)
  search?: string | null;
}
