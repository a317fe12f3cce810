import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { ConnectionArgs, CountryCode } from '@best/kit';

@ArgsType()
export class StoryTombstonesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only stories of this country (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @CountryCode({ message: 'countryCode must be a two-letter ISO 3166-1 code, e.g. "IT"' })
  countryCode?: string | null;
}
