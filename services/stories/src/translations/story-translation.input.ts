import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsUuid, LanguageCode, SafeText } from '@best/kit';
import { Story } from '../stories/story.entity';
import { STORY_LIMITS } from '../stories/story.input';
import { StoryTranslation } from './story-translation.entity';

@InputType()
export class SaveStoryTranslationInput {
  @Field(() => ID)
  @IsUuid({ message: 'storyId must be a UUID' })
  storyId: string;

  @Field(() => String, { description: 'ISO 639-1 code of the translation; not the story’s own language.' })
  @LanguageCode()
  language: string;

  @Field(() => String)
  @SafeText(STORY_LIMITS.title, { min: 1 })
  title: string;

  @Field(() => String, { nullable: true })
  @SafeText(STORY_LIMITS.summary)
  summary?: string | null;

  @Field(() => String)
  @SafeText(STORY_LIMITS.text, { min: 1 })
  text: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the translation as last read; null to add a translation in a new language.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number | null;
}

@InputType()
export class RemoveStoryTranslationInput {
  @Field(() => ID)
  @IsUuid({ message: 'storyId must be a UUID' })
  storyId: string;

  @Field(() => String)
  @LanguageCode()
  language: string;
}

@ObjectType()
export class SaveStoryTranslationPayload {
  @Field(() => Story)
  story: Story;

  @Field(() => StoryTranslation)
  translation: StoryTranslation;
}

@ObjectType()
export class RemoveStoryTranslationPayload {
  @Field(() => Story)
  story: Story;
}

@ObjectType({ description: 'A story’s words in one language: a translation, or the original.' })
export class StoryText {
  @Field(() => String)
  language: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => String)
  text: string;

  @Field(() => Boolean, { description: 'False when this is the story as it was told.' })
  isTranslation: boolean;
}
