import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, CountryCode, LanguageCode } from '@best/kit';
import { StoryKind, StoryTheme } from '../stories/story.enums';

@ArgsType()
export class PublicStoriesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "The language the reader wants (ISO 639-1). Stories are not filtered by it: read each story's " +
      '`localized(language:)` with it to get the translation when there is one, else the original.',
  })
  @LanguageCode({ message: 'language must be a two-letter ISO 639-1 code, e.g. "fr"' })
  language?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only stories from this country (ISO 3166-1 alpha-2).' })
  @CountryCode({ message: 'countryCode must be an ISO 3166-1 alpha-2 code, e.g. "MT"' })
  countryCode?: string | null;

  @Field(() => StoryTheme, { nullable: true, description: 'Only stories that answer this prejudice.' })
  theme?: StoryTheme | null;

  @Field(() => StoryKind, { nullable: true })
  kind?: StoryKind | null;
}
