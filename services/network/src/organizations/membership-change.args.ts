import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, CountryCode, IsUuid } from '@best/kit';
import { MembershipStage } from './organization.enums';

@ArgsType()
export class MembershipChangesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only moves of organisations in this country.' })
  @CountryCode()
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId?: string | null;

  @Field(() => MembershipStage, { nullable: true, description: 'Only moves to this stage.' })
  toStage?: MembershipStage | null;

  @Field(() => Date, { nullable: true, description: 'Only moves at or after this moment.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only moves before this moment.' })
  until?: Date | null;
}
