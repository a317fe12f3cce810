import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from './story.entity';
import { StorytellerRiskFlag } from './story.enums';
import { CreateStoryInput, UpdateStoryInput } from './story.input';
import { StoryEditingService } from './story-editing.service';
import { isAtRisk } from './story-risk';
import { mayChangeStory } from './story.access';

@ObjectType()
export class CreateStoryPayload {
  @Field(() => Story)
  story: Story;
}

@ObjectType()
export class UpdateStoryPayload {
  @Field(() => Story)
  story: Story;
}

@Resolver(() => Story)
export class StoryEditingResolver {
  @Mutation(() => CreateStoryPayload, {
    description:
      'Records a new story as a DRAFT: admins for any country, coordinators for theirs, organisation members ' +
      'for their own organisation. A minor’s story carries the MINOR risk flag.',
  })
  async createStory(
    @Arg('input', () => CreateStoryInput) input: CreateStoryInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<CreateStoryPayload> {
    return { story: await new StoryEditingService(ctx).create(input) };
  }

  @Mutation(() => UpdateStoryPayload, {
    description:
      'Changes a story (the fields given) on the version the caller read. Drafts, stories in review and ' +
      'approved stories may change (an approved story goes back to review); published and archived ones ' +
      'only take more protection (risk flags, minor).',
  })
  async updateStory(
    @Arg('input', () => UpdateStoryInput) input: UpdateStoryInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<UpdateStoryPayload> {
    return { story: await new StoryEditingService(ctx).update(input) };
  }

  @FieldResolver(() => [StorytellerRiskFlag], {
    description: 'What puts the storyteller at risk; shown only to those who may change the story (empty for others).',
  })
  riskFlags(@Root() story: Story, @Ctx() ctx: StoriesContext): StorytellerRiskFlag[] {
    return mayChangeStory(ctx.viewer, story) ? story.riskFlags : [];
  }

  @FieldResolver(() => Boolean, {
    description:
      'The storyteller is at risk: the story is shown anonymously, never with images of the storyteller, and ' +
      'publishing it needs a second reviewer (someone other than who approved it). Like riskFlags, told only ' +
      'to those who may change the story (false for others).',
  })
  needsSecondReviewer(@Root() story: Story, @Ctx() ctx: StoriesContext): boolean {
    return mayChangeStory(ctx.viewer, story) && isAtRisk(story);
  }
}
