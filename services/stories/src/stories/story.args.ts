import { ArgsType, Field, ID } from 'type-graphql';
import { IsEnum, IsOptional, Length } from 'class-validator';
import { IsUuid, LanguageCode, SafeText } from '@best/kit';
import { ConnectionArgs } from '@best/kit';
import { StoryKind, StoryStatus, StoryTheme } from './story.enums';
import { MAX_SEARCH_LENGTH } from './story-search';

@ArgsType()
export class StoriesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only stories from this country (ISO 3166-1 alpha-2).' })
  @Length(2, 2)
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only stories about this initiative.' })
  @IsUuid()
  initiativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only stories told in this language (ISO 639-1).' })
  @LanguageCode({ message: 'language must be a two-letter ISO 639-1 code, e.g. "en"' })
  language?: string | null;

  @Field(() => StoryKind, { nullable: true })
  kind?: StoryKind | null;

  @Field(() => StoryTheme, { nullable: true, description: 'Only stories that answer this prejudice.' })
  theme?: StoryTheme | null;

  @Field(() => StoryStatus, {
    nullable: true,
    description: 'Only stories in this status (the review queue is IN_REVIEW), among those the caller may see.',
  })
  @IsOptional()
  @IsEnum(StoryStatus)
  status?: StoryStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the title, summary or text of the story or of one of its translations, ignoring ' +
      `accents and case; each word may be the start of a longer one. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  @SafeText(MAX_SEARCH_LENGTH)
  search?: string | null;
}
