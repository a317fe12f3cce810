import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUrl, Max, Min } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';
import { ConsentChannel } from '../consents/consent.enums';

const MAX_COUNT = 2_000_000_000;
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@InputType()
export class RecordPublicationInput {
  @Field(() => ID)
  @IsUuid()
  storyId: string;

  @Field(() => ConsentChannel)
  channel: ConsentChannel;

  @Field(() => String, { nullable: true, description: 'Where it can be seen: an http or https address.' })
  @SafeText(2000)
  @IsUrl(HTTP_URL, { message: 'url must be an http or https address' })
  url?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it appeared; now when left out. Not in the future.' })
  publishedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The campaign it belongs to, if any.' })
  @IsUuid()
  campaignId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Min(0)
  @Max(MAX_COUNT)
  views?: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Min(0)
  @Max(MAX_COUNT)
  shares?: number;
}

@InputType()
export class UpdatePublicationReachInput {
  @Field(() => ID)
  @IsUuid()
  publicationId: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_COUNT)
  views: number;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_COUNT)
  shares: number;
}

@InputType()
export class MarkPublicationTakenDownInput {
  @Field(() => ID)
  @IsUuid()
  publicationId: string;

  @Field(() => String, { nullable: true, description: 'How it was taken down, e.g. "post deleted".' })
  @SafeText(1000)
  note?: string | null;
}
