import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { askedStoryFields } from '../stories/story.selection';
import { StoryService } from '../stories/story.service';
import { InitiativeStub } from './initiative.stub';

@Resolver(() => InitiativeStub)
export class InitiativeStoriesResolver {
  @FieldResolver(() => [Story], {
    description: 'The stories about this initiative that the caller may see, newest first.',
  })
  stories(
    @Root() initiative: InitiativeStub,
    @Ctx() ctx: StoriesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Story[]> {
    return new StoryService(ctx).forInitiative(initiative.id, askedStoryFields(info));
  }
}
