import { Field, ID, InputType } from 'type-graphql';
import { IsUuid, SafeText } from '@best/kit';

@InputType()
export class EraseStoryInput {
  @Field(() => ID)
  @IsUuid()
  storyId: string;

  @Field(() => String, { description: 'Why the story is erased (kept in the tombstone); no personal data.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}
