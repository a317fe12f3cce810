import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, CountryCode, IsUuid } from '@best/kit';
import { ConsentChannel } from '../consents/consent.enums';

const COUNTRY = { message: 'countryCode must be an ISO 3166-1 alpha-2 code, e.g. "IT"' };

@ArgsType()
export class PublicationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only publications of this story.' })
  @IsUuid()
  storyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only publications of this campaign.' })
  @IsUuid()
  campaignId?: string | null;

  @Field(() => ConsentChannel, { nullable: true })
  channel?: ConsentChannel | null;

  @Field(() => ID, { nullable: true, description: 'Only publications of stories of this country.' })
  @CountryCode(COUNTRY)
  countryCode?: string | null;
}

@ArgsType()
export class PublicationsToTakeDownArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only publications of stories of this country.' })
  @CountryCode(COUNTRY)
  countryCode?: string | null;
}

@ArgsType()
export class PublicationReachArgs {
  @Field(() => ID, { nullable: true, description: 'Only this country.' })
  @CountryCode(COUNTRY)
  countryCode?: string | null;

  @Field(() => ConsentChannel, { nullable: true, description: 'Only this channel.' })
  channel?: ConsentChannel | null;

  @Field(() => Date, { nullable: true, description: 'Only publications published at or after this moment.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only publications published before this moment.' })
  until?: Date | null;
}
