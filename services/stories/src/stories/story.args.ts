import { ArgsType, Field, ID } from 'type-graphql';
import { IsUUID, Length, Matches } from 'class-validator';
import { ConnectionArgs } from '@best/kit';
import { StoryKind, StoryTheme } from './story.enums';

@ArgsType()
export class StoriesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only stories from this country (ISO 3166-1 alpha-2).' })
  @Length(2, 2)
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only stories about this initiative.' })
  @IsUUID()
  initiativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only stories told in this language (ISO 639-1).' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter ISO 639-1 code, e.g. "en"' })
  language?: string | null;

  @Field(() => StoryKind, { nullable: true })
  kind?: StoryKind | null;

  @Field(() => StoryTheme, { nullable: true, description: 'Only stories that answer this prejudice.' })
  theme?: StoryTheme | null;
}
