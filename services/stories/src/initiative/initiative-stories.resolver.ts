import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { StoryService } from '../stories/story.service';
import { InitiativeStub } from './initiative.stub';

@Resolver(() => InitiativeStub)
export class InitiativeStoriesResolver {
  @FieldResolver(() => [Story], {
    description: 'Published stories about this initiative whose consent is public, newest first.',
  })
  stories(@Root() initiative: InitiativeStub, @Ctx() ctx: StoriesContext): Promise<Story[]> {
    return new StoryService(ctx).forInitiative(initiative.id);
  }
}
