import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { StoryTranslation } from './story-translation.entity';
import {
  RemoveStoryTranslationInput,
  RemoveStoryTranslationPayload,
  SaveStoryTranslationInput,
  SaveStoryTranslationPayload,
  StoryText,
} from './story-translation.input';
import { StoryTranslationService } from './story-translation.service';

@Resolver(() => Story)
export class StoryTranslationResolver {
  @FieldResolver(() => [StoryTranslation], { description: 'The story in other languages, by language code.' })
  translations(@Root() story: Story, @Ctx() ctx: StoriesContext): Promise<StoryTranslation[]> {
    return new StoryTranslationService(ctx).translations(story);
  }

  @FieldResolver(() => [String], {
    description: 'The language the story is told in, then those it is translated into.',
  })
  availableLanguages(@Root() story: Story, @Ctx() ctx: StoriesContext): Promise<string[]> {
    return new StoryTranslationService(ctx).availableLanguages(story);
  }

  @FieldResolver(() => StoryText, {
    description: 'The story in `language` (ISO 639-1) when it is translated into it, otherwise as it was told.',
  })
  localized(
    @Root() story: Story,
    @Arg('language', () => String) language: string,
    @Ctx() ctx: StoriesContext,
  ): Promise<StoryText> {
    return new StoryTranslationService(ctx).localized(story, language);
  }

  @Mutation(() => SaveStoryTranslationPayload, {
    description:
      'Adds a translation of a story (expectedVersion null) or changes one (its version as last read); ' +
      'by the staff who may change the story.',
  })
  saveStoryTranslation(
    @Arg('input', () => SaveStoryTranslationInput) input: SaveStoryTranslationInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<SaveStoryTranslationPayload> {
    return new StoryTranslationService(ctx).save(input);
  }

  @Mutation(() => RemoveStoryTranslationPayload, { description: 'Removes the translation of a story in one language.' })
  removeStoryTranslation(
    @Arg('input', () => RemoveStoryTranslationInput) input: RemoveStoryTranslationInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<RemoveStoryTranslationPayload> {
    return new StoryTranslationService(ctx).remove(input);
  }
}
