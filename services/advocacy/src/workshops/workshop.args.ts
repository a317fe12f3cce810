import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { ConnectionArgs, CountryCode } from '@best/kit';
import { WorkshopKind } from './workshop.enums';

@ArgsType()
export class WorkshopsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country.' })
  @CountryCode()
  countryCode?: string | null;

  @Field(() => WorkshopKind, { nullable: true })
  kind?: WorkshopKind | null;

  @Field(() => Int, { nullable: true, description: 'Only workshops that start in this year.' })
  @Min(2000)
  @Max(2100)
  year?: number | null;
}
