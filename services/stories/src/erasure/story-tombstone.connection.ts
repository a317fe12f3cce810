import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { StoryTombstone } from './story-tombstone.entity';

@ObjectType()
export class StoryTombstoneConnection extends ConnectionType(StoryTombstone, 'StoryTombstone') {}
