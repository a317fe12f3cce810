import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, CountryCode, IsoDate, IsUuid } from '@best/kit';
import { FollowUpStatus, WorkshopOutcomeKind } from './workshop-outcome.enums';

@ArgsType()
export class WorkshopOutcomesArgs extends ConnectionArgs {
  @Field(() => FollowUpStatus, { nullable: true })
  followUpStatus?: FollowUpStatus | null;

  @Field(() => ID, { nullable: true, description: 'Outcomes of workshops held in this country (ISO 3166-1 alpha-2).' })
  @CountryCode()
  countryCode?: string | null;

  @Field(() => WorkshopOutcomeKind, { nullable: true })
  kind?: WorkshopOutcomeKind | null;

  @Field(() => ID, { nullable: true })
  @IsUuid()
  workshopId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only outcomes whose follow-up is due before this ISO date (YYYY-MM-DD).',
  })
  @IsoDate()
  dueBefore?: string | null;
}
