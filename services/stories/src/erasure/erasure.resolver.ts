import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { StoriesContext } from '../context';
import { EraseStoryInput } from './erasure.input';
import { EraseStoryPayload } from './erasure.payload';
import { ErasureService } from './erasure.service';
import { StoryTombstonesArgs } from './story-tombstone.args';
import { StoryTombstoneConnection } from './story-tombstone.connection';
import { StoryTombstone } from './story-tombstone.entity';

@Resolver(() => StoryTombstone)
export class ErasureResolver {
  @Mutation(() => EraseStoryPayload, {
    description:
      "Deletes a story's personal data for good (story, consents, translations, history, media and their files), " +
      "keeping a tombstone with dates. Admins and the coordinator of the story's country.",
  })
  async eraseStory(
    @Arg('input', () => EraseStoryInput) input: EraseStoryInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<EraseStoryPayload> {
    return { tombstone: await new ErasureService(ctx).erase(input) };
  }

  @Query(() => StoryTombstoneConnection, {
    description:
      'Erased stories, newest first: admins see every country, a national coordinator theirs; others get an empty list.',
  })
  storyTombstones(@Args(() => StoryTombstonesArgs) args: StoryTombstonesArgs, @Ctx() ctx: StoriesContext) {
    return new ErasureService(ctx).list(args);
  }
}
