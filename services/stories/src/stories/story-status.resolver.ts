import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { IsUuid, SafeText } from '@best/kit';
import type { StoriesContext } from '../context';
import { Story } from './story.entity';
import { StoryStatus } from './story.enums';
import { StoryStatusChange } from './story-status-change.entity';
import { StoryStatusService } from './story-status.service';

@InputType()
export class MoveStoryStatusInput {
  @Field(() => ID)
  @IsUuid()
  storyId: string;

  @Field(() => StoryStatus)
  @IsEnum(StoryStatus)
  toStatus: StoryStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the move is made; required when a story in review is sent back to draft.',
  })
  @IsOptional()
  @SafeText(1000)
  reason?: string | null;

  @Field(() => Int, { description: "The story's version as the caller last read it." })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}

@ObjectType()
export class MoveStoryStatusPayload {
  @Field(() => Story)
  story: Story;

  @Field(() => StoryStatusChange)
  change: StoryStatusChange;
}

@Resolver(() => Story)
export class StoryStatusResolver {
  @Mutation(() => MoveStoryStatusPayload, {
    description:
      'Moves a story through the review workflow (draft → in review → approved → published → archived), ' +
      'recording who did it and why.',
  })
  moveStoryStatus(
    @Arg('input', () => MoveStoryStatusInput) input: MoveStoryStatusInput,
    @Ctx() ctx: StoriesContext,
  ): Promise<MoveStoryStatusPayload> {
    return new StoryStatusService(ctx).move(input);
  }

  @FieldResolver(() => [StoryStatusChange], {
    description:
      'The moves of the story through the review workflow, oldest first; empty for those who may not change it.',
  })
  statusHistory(@Root() story: Story, @Ctx() ctx: StoriesContext): Promise<StoryStatusChange[]> {
    return new StoryStatusService(ctx).history(story);
  }
}
