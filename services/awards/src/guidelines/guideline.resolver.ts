import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { Criterion } from './criterion.entity';
import { EligibilityRule } from './eligibility-rule.type';
import { GuidelineDifference } from './guideline-difference.type';
import { Guideline } from './guideline.entity';
import { GuidelinesArgs } from './guideline.args';
import {
  CreateGuidelineDraftInput,
  PublishGuidelineInput,
  ReviseGuidelineDraftInput,
  StartGuidelineVersionInput,
} from './guideline.input';
import {
  CreateGuidelineDraftPayload,
  PublishGuidelinePayload,
  ReviseGuidelineDraftPayload,
  StartGuidelineVersionPayload,
} from './guideline.payload';
import { GuidelineService, type GuidelineDifferenceOf } from './guideline.service';

@Resolver(() => Guideline)
export class GuidelineResolver {
  @Query(() => [Guideline], { description: 'Guideline versions by key, newest version first.' })
  guidelines(@Args(() => GuidelinesArgs) args: GuidelinesArgs, @Ctx() ctx: AwardsContext): Promise<Guideline[]> {
    return new GuidelineService(ctx).list(args);
  }

  @Query(() => [EligibilityRule], {
    description:
      'The network\'s intake checklist: the rules checked at intake of the newest published version of "best-practice-guidelines", in its order; empty while none is published.',
  })
  intakeTraits(@Ctx() ctx: AwardsContext): Promise<EligibilityRule[]> {
    return new GuidelineService(ctx).intakeTraits();
  }

  @Query(() => Guideline, { nullable: true })
  guideline(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<Guideline | null> {
    return new GuidelineService(ctx).byId(id);
  }

  @Query(() => GuidelineDifference, {
    nullable: true,
    description: 'What changed from one guideline version to another; null unless you may read both.',
  })
  guidelineDifference(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: AwardsContext,
  ): Promise<GuidelineDifferenceOf | null> {
    return new GuidelineService(ctx).difference(fromId, toId);
  }

  @Mutation(() => CreateGuidelineDraftPayload, {
    description: 'Drafts version 1 of a new criteria set. Admins only.',
  })
  async createGuidelineDraft(
    @Arg('input', () => CreateGuidelineDraftInput) input: CreateGuidelineDraftInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<CreateGuidelineDraftPayload> {
    return { guideline: await new GuidelineService(ctx).createDraft(input) };
  }

  @Mutation(() => ReviseGuidelineDraftPayload, {
    description:
      'Changes a draft. Admins only; CONFLICT when someone saved since `expectedRevision` or the version is published.',
  })
  async reviseGuidelineDraft(
    @Arg('input', () => ReviseGuidelineDraftInput) input: ReviseGuidelineDraftInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<ReviseGuidelineDraftPayload> {
    const { id, expectedRevision, ...changes } = input;
    return { guideline: await new GuidelineService(ctx).reviseDraft(id, changes, expectedRevision) };
  }

  @Mutation(() => PublishGuidelinePayload, {
    description: 'Publishes a valid draft, which never changes again. Admins only.',
  })
  async publishGuideline(
    @Arg('input', () => PublishGuidelineInput) input: PublishGuidelineInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<PublishGuidelinePayload> {
    return { guideline: await new GuidelineService(ctx).publish(input.id, input.expectedRevision) };
  }

  @Mutation(() => StartGuidelineVersionPayload, {
    description:
      'Starts the next version of a criteria set as a draft copied from its latest published version. ' +
      'Admins only; CONFLICT while a draft of that key exists.',
  })
  async startGuidelineVersion(
    @Arg('input', () => StartGuidelineVersionInput) input: StartGuidelineVersionInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<StartGuidelineVersionPayload> {
    return { guideline: await new GuidelineService(ctx).startVersion(input.key) };
  }

  @FieldResolver(() => [Criterion], { description: 'The criteria in the order jurors see them.' })
  criteria(@Root() guideline: Guideline, @Ctx() ctx: AwardsContext): Promise<Criterion[]> {
    return new GuidelineService(ctx).criteriaOf(guideline.id);
  }
}
