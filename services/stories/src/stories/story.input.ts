import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { IsUuid, LanguageCode, SafeText } from '@best/kit';
import { StoryKind, StoryTheme, StorytellerRiskFlag, StorytellerRole } from './story.enums';

export const STORY_LIMITS = { title: 200, summary: 600, text: 20_000, displayName: 80 } as const;
const COUNTRY = /^[A-Za-z]{2}$/;

/** What it takes to record a story; it starts as a DRAFT. */
@InputType()
export class CreateStoryInput {
  @Field(() => String, { description: `1 to ${STORY_LIMITS.title} characters.` })
  @SafeText(STORY_LIMITS.title, { min: 1 })
  title: string;

  @Field(() => String, { description: `The story as told, 1 to ${STORY_LIMITS.text} characters.` })
  @SafeText(STORY_LIMITS.text, { min: 1 })
  text: string;

  @Field(() => String, { nullable: true, description: `At most ${STORY_LIMITS.summary} characters.` })
  @SafeText(STORY_LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { description: 'ISO 639-1 code of the language the story is told in, e.g. "en".' })
  @LanguageCode()
  language: string;

  @Field(() => StoryKind)
  @IsEnum(StoryKind)
  kind: StoryKind;

  @Field(() => String, {
    nullable: true,
    description: 'The name the storyteller chose to be shown by; never a real name. Null: anonymous.',
  })
  @SafeText(STORY_LIMITS.displayName)
  displayName?: string | null;

  @Field(() => StorytellerRole)
  @IsEnum(StorytellerRole)
  storytellerRole: StorytellerRole;

  @Field(() => Boolean, { nullable: true, description: 'Told by a minor: consent from a guardian, always at risk.' })
  @IsOptional()
  @IsBoolean()
  isMinor?: boolean | null;

  @Field(() => [StoryTheme], { nullable: true })
  @IsOptional()
  @IsEnum(StoryTheme, { each: true })
  @ArrayUnique({ message: 'themes must not repeat a theme' })
  @ArrayMaxSize(Object.keys(StoryTheme).length)
  themes?: StoryTheme[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The initiative the story is about (an id of the network subgraph; not checked here).',
  })
  @IsOptional()
  @IsUuid({ message: 'initiativeId must be a UUID' })
  initiativeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2. Organisation members record stories of their own country (the default).',
  })
  @IsOptional()
  @Matches(COUNTRY, { message: 'countryCode must be a two-letter ISO 3166-1 code such as IT' })
  countryCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation recording the story; for organisation members always their own (the default).',
  })
  @IsOptional()
  @IsUuid({ message: 'recordedByOrganizationId must be a UUID' })
  recordedByOrganizationId?: string | null;

  @Field(() => [StorytellerRiskFlag], { nullable: true, description: "A minor's story always carries MINOR." })
  @IsOptional()
  @IsEnum(StorytellerRiskFlag, { each: true })
  @ArrayUnique({ message: 'riskFlags must not repeat a flag' })
  riskFlags?: StorytellerRiskFlag[] | null;
}

/**
 * Changes to a story: a field left out stays as it is; `summary`, `displayName` and `initiativeId`
 * may be set to null to clear them.
 */
@InputType()
export class UpdateStoryInput {
  @Field(() => ID)
  @IsUuid({ message: 'storyId must be a UUID' })
  storyId: string;

  @Field(() => Int, { description: "The story's version as the caller last read it." })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @SafeText(STORY_LIMITS.title, { min: 1 })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(STORY_LIMITS.text, { min: 1 })
  text?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(STORY_LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @LanguageCode()
  language?: string | null;

  @Field(() => StoryKind, { nullable: true })
  @IsOptional()
  @IsEnum(StoryKind)
  kind?: StoryKind | null;

  @Field(() => String, { nullable: true })
  @SafeText(STORY_LIMITS.displayName)
  displayName?: string | null;

  @Field(() => StorytellerRole, { nullable: true })
  @IsOptional()
  @IsEnum(StorytellerRole)
  storytellerRole?: StorytellerRole | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isMinor?: boolean | null;

  @Field(() => [StoryTheme], { nullable: true })
  @IsOptional()
  @IsEnum(StoryTheme, { each: true })
  @ArrayUnique({ message: 'themes must not repeat a theme' })
  @ArrayMaxSize(Object.keys(StoryTheme).length)
  themes?: StoryTheme[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUuid({ message: 'initiativeId must be a UUID' })
  initiativeId?: string | null;

  @Field(() => [StorytellerRiskFlag], { nullable: true, description: "A minor's story always keeps MINOR." })
  @IsOptional()
  @IsEnum(StorytellerRiskFlag, { each: true })
  @ArrayUnique({ message: 'riskFlags must not repeat a flag' })
  riskFlags?: StorytellerRiskFlag[] | null;
}
