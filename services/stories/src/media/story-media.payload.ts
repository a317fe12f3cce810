import { Field, ID, ObjectType } from 'type-graphql';
import { Story } from '../stories/story.entity';
import { StoryMedia } from './story-media.entity';

@ObjectType()
export class UpdateStoryMediaPayload {
  @Field(() => StoryMedia)
  media: StoryMedia;

  @Field(() => Story)
  story: Story;
}

@ObjectType()
export class RemoveStoryMediaPayload {
  @Field(() => ID)
  removedMediaId: string;

  @Field(() => Story)
  story: Story;
}
