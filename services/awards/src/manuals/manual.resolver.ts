import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { ManualChapter } from './manual-chapter.entity';
import { Manual } from './manual.entity';
import { CreateManualInput, PublishManualInput, ReviseManualInput } from './manual.input';
import { ManualPayload } from './manual.payload';
import { ManualService } from './manual.service';

@Resolver(() => Manual)
export class ManualResolver {
  @Query(() => [Manual], {
    description: 'Published manuals for everyone; drafts too for admins and national coordinators. Newest first.',
  })
  manuals(@Ctx() ctx: AwardsContext): Promise<Manual[]> {
    return new ManualService(ctx).list();
  }

  @Query(() => Manual, {
    nullable: true,
    description: 'Null when it does not exist, or when it is a draft and the caller is not an admin or coordinator.',
  })
  manual(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<Manual | null> {
    return new ManualService(ctx).byId(id);
  }

  @Mutation(() => ManualPayload, {
    description:
      'Starts a manual as a draft: admins only (FORBIDDEN for everyone else, UNAUTHENTICATED for the public). ' +
      'BAD_USER_INPUT for bad texts, or a best-practice id that does not exist or is named twice in a chapter ' +
      '(the problem names the field, e.g. chapters.0.bestPracticeIds.1).',
  })
  async createManual(
    @Arg('input', () => CreateManualInput) input: CreateManualInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<ManualPayload> {
    return { manual: await new ManualService(ctx).create(input) };
  }

  @Mutation(() => ManualPayload, {
    description:
      'Changes a draft manual: admins only. CONFLICT for a published manual (start a new one) or a stale ' +
      'expectedVersion; BAD_USER_INPUT as for createManual.',
  })
  async reviseManual(
    @Arg('input', () => ReviseManualInput) input: ReviseManualInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<ManualPayload> {
    return { manual: await new ManualService(ctx).revise(input) };
  }

  @Mutation(() => ManualPayload, {
    description:
      'Publishes a draft manual, which everyone then reads and which never changes (its best practices keep the ' +
      'texts they had): admins only. BAD_USER_INPUT without a chapter, for a chapter without a best practice, or ' +
      'for a best practice of an edition not yet ANNOUNCED; CONFLICT when already published or for a stale ' +
      'expectedVersion.',
  })
  async publishManual(
    @Arg('input', () => PublishManualInput) input: PublishManualInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<ManualPayload> {
    return { manual: await new ManualService(ctx).publish(input) };
  }

  @FieldResolver(() => [ManualChapter], { description: 'In order.' })
  chapters(@Root() manual: Manual, @Ctx() ctx: AwardsContext): Promise<ManualChapter[]> {
    return new ManualService(ctx).chaptersOf(manual);
  }
}
