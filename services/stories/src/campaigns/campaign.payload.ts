import { Field, ObjectType } from 'type-graphql';
import { Campaign } from './campaign.entity';

@ObjectType()
export class CreateCampaignPayload {
  @Field(() => Campaign) campaign: Campaign;
}

@ObjectType()
export class UpdateCampaignPayload {
  @Field(() => Campaign) campaign: Campaign;
}
