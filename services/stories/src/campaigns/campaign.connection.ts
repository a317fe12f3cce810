import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Campaign } from './campaign.entity';

@ObjectType()
export class CampaignConnection extends ConnectionType(Campaign, 'Campaign') {}
