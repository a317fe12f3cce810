import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { CountryStub } from '../country/country.stub';
import { InitiativeStub } from '../initiative/initiative.stub';
import { StoriesArgs } from './story.args';
import { StoryConnection } from './story.connection';
import { Story } from './story.entity';
import { askedStoryFields } from './story.selection';
import { StoryService } from './story.service';

@Resolver(() => Story)
export class StoryResolver {
  @Query(() => Story, {
    nullable: true,
    description: 'A story, if the caller may see it (published with public consent, for the public); otherwise null.',
  })
  story(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: StoriesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Story | null> {
    return new StoryService(ctx).byId(id, askedStoryFields(info));
  }

  @Query(() => StoryConnection, {
    description:
      'The stories the caller may see, newest first: published with public consent for the public, ' +
      'network consent for the network, and more for staff of the story.',
  })
  stories(@Args(() => StoriesArgs) args: StoriesArgs, @Ctx() ctx: StoriesContext, @Info() info: GraphQLResolveInfo) {
    return new StoryService(ctx).list(args, askedStoryFields(info, ['nodes'], ['edges', 'node']));
  }

  @FieldResolver(() => String, { description: 'The display name the storyteller chose, or "Anonymous".' })
  storytellerName(@Root() story: Story, @Ctx() ctx: StoriesContext): Promise<string> {
    return new StoryService(ctx).storytellerName(story);
  }

  @FieldResolver(() => InitiativeStub, { nullable: true, description: 'The initiative the story is about, if any.' })
  initiative(@Root() story: Story): InitiativeStub | null {
    return story.initiativeId ? { id: story.initiativeId } : null;
  }

  @FieldResolver(() => CountryStub)
  country(@Root() story: Story): CountryStub {
    return { code: story.countryCode };
  }
}
