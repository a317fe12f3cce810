import { Field, ID, InputType, Int } from 'type-graphql';
import { Min } from 'class-validator';
import { CountryCode, Email, HttpUrl, IsUuid, Phone, SafeText } from '@best/kit';
import { MembershipStage, OrganizationKind } from './organization.enums';

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const REASON_MAX = 500;

@InputType({ description: 'A new organisation; it enters the membership pipeline as IDENTIFIED.' })
export class CreateOrganizationInput {
  @Field(() => String, { description: `2 to ${NAME_MAX} characters.` })
  @SafeText(NAME_MAX, { min: 2 })
  name: string;

  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code of a country of the network.' })
  @CountryCode()
  countryCode: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'https://… address.' })
  @HttpUrl()
  website?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${DESCRIPTION_MAX} characters.` })
  @SafeText(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Private: seen only by staff of its country and the organisation.',
  })
  @SafeText(200, { min: 2 })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Private, like contactName.' })
  @Email()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Private, like contactName.' })
  @Phone()
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `How it was identified, for the pipeline's history (at most ${REASON_MAX} characters).`,
  })
  @SafeText(REASON_MAX, { min: 3 })
  reason?: string | null;
}

@InputType({
  description:
    'Changes to an organisation. A field left out stays as it is; null clears an optional field. ' +
    'The stage changes only through moveMembership.',
})
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be an organisation id' })
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one means someone else saved first.' })
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @SafeText(NAME_MAX, { min: 2 })
  name?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  @HttpUrl()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(200, { min: 2 })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Email()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Phone()
  contactPhone?: string | null;
}

@InputType({ description: 'One move through the membership pipeline, with the reason for it.' })
export class MoveMembershipInput {
  @Field(() => ID)
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId: string;

  @Field(() => MembershipStage, { description: 'See Organization.allowedMembershipMoves.' })
  toStage: MembershipStage;

  @Field(() => String, { description: `Why (3 to ${REASON_MAX} characters); kept in the history.` })
  @SafeText(REASON_MAX, { min: 3 })
  reason: string;

  @Field(() => Int, { description: 'The version you saw; a newer one means someone else changed it first.' })
  @Min(1)
  expectedVersion: number;
}
