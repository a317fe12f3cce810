import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { mayChangeStory } from '../stories/story.access';
import { isWithheld, MediaService, mediaUrl } from './media.service';
import { RemoveStoryMediaInput, UpdateStoryMediaInput } from './story-media.input';
import { RemoveStoryMediaPayload, UpdateStoryMediaPayload } from './story-media.payload';
import { StoryMedia } from './story-media.entity';

@Resolver(() => StoryMedia)
export class StoryMediaResolver {
  @FieldResolver(() => String, {
    description:
      'Where the gateway serves the file (e.g. /media/<id>); it checks the caller and the consent each time.',
  })
  url(@Root() media: StoryMedia): string {
    return mediaUrl(media.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Not served now: it shows the storyteller and the consent does not allow images or the story is at risk. ' +
      'Only editors asking Story.media(includeWithheld: true) see such items.',
  })
  async withheld(@Root() media: StoryMedia, @Ctx() ctx: StoriesContext): Promise<boolean> {
    if (!media.showsStoryteller) return false;
    const [story, consent] = await Promise.all([
      ctx.loaders.storyById.load(media.storyId),
      ctx.loaders.currentConsentByStoryId.load(media.storyId),
    ]);
    return !story || isWithheld(media, story, consent);
  }

  @Mutation(() => UpdateStoryMediaPayload, {
    description: "Changes a media item's caption, alt text or whether it shows the storyteller (versioned).",
  })
  updateStoryMedia(
    @Arg('input', () => UpdateStoryMediaInput) input: UpdateStoryMediaInput,
    @Ctx() ctx: StoriesContext,
  ) {
    return new MediaService(ctx).update(input);
  }

  @Mutation(() => RemoveStoryMediaPayload, { description: 'Removes a media item from its story and deletes the file.' })
  removeStoryMedia(
    @Arg('input', () => RemoveStoryMediaInput) input: RemoveStoryMediaInput,
    @Ctx() ctx: StoriesContext,
  ) {
    return new MediaService(ctx).remove(input.mediaId);
  }
}

@Resolver(() => Story)
export class StoryMediaListResolver {
  @FieldResolver(() => [StoryMedia], {
    description:
      'Photos, videos and audio of the story that the caller may be served, oldest first. Items showing the ' +
      'storyteller are left out while the consent does not allow images or the story is at risk; editors of the ' +
      'story may ask for them too with includeWithheld (they are still never served).',
  })
  async media(
    @Root() story: Story,
    @Ctx() ctx: StoriesContext,
    @Arg('includeWithheld', () => Boolean, { defaultValue: false }) includeWithheld: boolean,
  ): Promise<StoryMedia[]> {
    const all = await ctx.loaders.mediaByStoryId.load(story.id);
    if (includeWithheld && mayChangeStory(ctx.viewer, story)) return all;
    if (!all.some((m) => m.showsStoryteller)) return all;
    const consent = await ctx.loaders.currentConsentByStoryId.load(story.id);
    return all.filter((m) => !isWithheld(m, story, consent));
  }
}
