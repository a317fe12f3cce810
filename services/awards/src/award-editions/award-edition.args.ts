import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { ConnectionArgs, CountryCode } from '@best/kit';
import { AwardEditionPhase } from './award-edition.enums';

@ArgsType()
export class AwardEditionsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only editions of this country (ISO 3166-1 alpha-2).' })
  @CountryCode()
  countryCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => AwardEditionPhase, { nullable: true })
  phase?: AwardEditionPhase | null;
}
