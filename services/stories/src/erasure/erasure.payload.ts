import { Field, ObjectType } from 'type-graphql';
import { StoryTombstone } from './story-tombstone.entity';

@ObjectType()
export class EraseStoryPayload {
  @Field(() => StoryTombstone)
  tombstone: StoryTombstone;
}
