import { ArrayMaxSize, IsArray, IsInt, IsOptional, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUuid, LanguageCode, SafeText } from '@best/kit';
import { BEST_PRACTICE_LIMITS, THEME, THEME_MESSAGE } from '../best-practices/best-practice.rules';
import { MANUAL_LIMITS } from './manual.rules';

@InputType({ description: 'One chapter: its texts, an optional theme, and its best practices in order.' })
export class ManualChapterInput {
  @Field(() => String, { description: `1 to ${MANUAL_LIMITS.title} characters.` })
  @SafeText(MANUAL_LIMITS.title, { min: 1 })
  title: string;

  @Field(() => String, { description: `At most ${MANUAL_LIMITS.chapterIntroduction} characters.` })
  @SafeText(MANUAL_LIMITS.chapterIntroduction)
  introduction: string;

  @Field(() => String, { nullable: true, description: 'A theme key, e.g. "sport".' })
  @IsOptional()
  @MaxLength(BEST_PRACTICE_LIMITS.theme, { message: THEME_MESSAGE })
  @Matches(THEME, { message: THEME_MESSAGE })
  theme?: string | null;

  @Field(() => [ID], {
    description: `Existing best practices, in the order the chapter shows them, each once (at most ${MANUAL_LIMITS.bestPracticesPerChapter}).`,
  })
  @IsArray()
  @ArrayMaxSize(MANUAL_LIMITS.bestPracticesPerChapter)
  @IsUuid({ each: true, message: 'bestPracticeIds must be best practice ids' })
  bestPracticeIds: string[];
}

@InputType({ description: 'A new manual, as a draft.' })
export class CreateManualInput {
  @Field(() => String, { description: `1 to ${MANUAL_LIMITS.title} characters.` })
  @SafeText(MANUAL_LIMITS.title, { min: 1 })
  title: string;

  @Field(() => String, { description: `At most ${MANUAL_LIMITS.introduction} characters.` })
  @SafeText(MANUAL_LIMITS.introduction)
  introduction: string;

  @Field(() => String, { description: 'ISO 639-1 code of the language of the texts, e.g. "en".' })
  @LanguageCode()
  language: string;

  @Field(() => [ManualChapterInput], { description: `In order; at most ${MANUAL_LIMITS.chapters}.` })
  @IsArray()
  @ArrayMaxSize(MANUAL_LIMITS.chapters)
  @ValidateNested()
  chapters: ManualChapterInput[];
}

@InputType({
  description:
    'Changes a draft manual; a field left out stays as it is, chapters (when given) replace all of them. ' +
    'CONFLICT for a published manual or a stale expectedVersion.',
})
export class ReviseManualInput {
  @Field(() => ID)
  @IsUuid({ message: 'manualId must be a manual id' })
  manualId: string;

  @Field(() => Int, { description: "The manual's version as the caller last read it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: `1 to ${MANUAL_LIMITS.title} characters.` })
  @SafeText(MANUAL_LIMITS.title, { min: 1 })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${MANUAL_LIMITS.introduction} characters.` })
  @SafeText(MANUAL_LIMITS.introduction)
  introduction?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code, e.g. "en".' })
  @IsOptional()
  @LanguageCode()
  language?: string | null;

  @Field(() => [ManualChapterInput], { nullable: true, description: 'Replaces every chapter, in this order.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MANUAL_LIMITS.chapters)
  @ValidateNested()
  chapters?: ManualChapterInput[] | null;
}

@InputType({
  description:
    'Publishes a draft manual: from then on everyone reads it and it never changes. It needs at least one ' +
    'chapter, each with at least one best practice, every one of an ANNOUNCED edition.',
})
export class PublishManualInput {
  @Field(() => ID)
  @IsUuid({ message: 'manualId must be a manual id' })
  manualId: string;

  @Field(() => Int, { description: "The manual's version as the caller reviewed it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
