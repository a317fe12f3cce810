import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Matches, Max, Min } from 'class-validator';
import { ConnectionArgs } from '@best/kit';
import { AwardEditionPhase } from './award-edition.enums';

@ArgsType()
export class AwardEditionsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only editions of this country (ISO 3166-1 alpha-2).' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be two letters' })
  countryCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => AwardEditionPhase, { nullable: true })
  phase?: AwardEditionPhase | null;
}
