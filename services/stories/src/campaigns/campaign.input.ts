import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs, CountryCode, IsoDate, IsUuid, SafeText } from '@best/kit';

const DATE_MESSAGE = { message: '$property must be an ISO date (YYYY-MM-DD)' };

@InputType()
export class CreateCampaignInput {
  @Field(() => String)
  @SafeText(200, { min: 1 })
  name: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @SafeText(2000)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The country it runs in (ISO 3166-1 alpha-2); leave it out for a European campaign (admins only).',
  })
  @CountryCode({ message: 'countryCode must be an ISO 3166-1 alpha-2 code, e.g. "IT"' })
  countryCode?: string | null;

  @Field(() => String, { description: 'First day, ISO date (YYYY-MM-DD).' })
  @IsoDate(DATE_MESSAGE)
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, ISO date (YYYY-MM-DD).' })
  @IsoDate(DATE_MESSAGE)
  endsOn?: string | null;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  @IsUuid()
  campaignId: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @SafeText(200, { min: 1 })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(2000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsoDate(DATE_MESSAGE)
  startsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day; leave it out to keep it, send null for a campaign that runs on.',
  })
  @IsoDate(DATE_MESSAGE)
  endsOn?: string | null;
}

@ArgsType()
export class CampaignsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only campaigns of this country.' })
  @CountryCode({ message: 'countryCode must be an ISO 3166-1 alpha-2 code, e.g. "IT"' })
  countryCode?: string | null;
}
