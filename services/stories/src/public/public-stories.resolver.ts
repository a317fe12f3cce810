import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { StoriesContext } from '../context';
import { StoryConnection } from '../stories/story.connection';
import { askedStoryFields } from '../stories/story.selection';
import { PublicStoriesArgs } from './public-stories.args';
import { PublicStoriesService } from './public-stories.service';

@Resolver()
export class PublicStoriesResolver {
  @Query(() => StoryConnection, {
    description:
      'Published stories whose consent is public, newest first: the same answer for every caller (public pages, ' +
      'feeds, partner websites).',
  })
  publicStories(
    @Args(() => PublicStoriesArgs) args: PublicStoriesArgs,
    @Ctx() ctx: StoriesContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new PublicStoriesService(ctx).list(args, askedStoryFields(info, ['nodes'], ['edges', 'node']));
  }
}
