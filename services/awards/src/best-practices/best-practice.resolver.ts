import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { InitiativeStub } from '../initiative/initiative.stub';
import { Nomination } from '../nominations/nomination.entity';
import { BestPracticesArgs } from './best-practice.args';
import { BestPracticeConnection } from './best-practice.connection';
import { BestPractice } from './best-practice.entity';
import { ApproveBestPracticeInput, ReviseBestPracticeInput } from './best-practice.input';
import { BestPracticePayload } from './best-practice.payload';
import { BestPracticeService } from './best-practice.service';

@Resolver(() => BestPractice)
export class BestPracticeResolver {
  @Query(() => BestPracticeConnection, {
    description:
      'Best practices the caller may read (everyone: those of announced editions; the network: all), newest ' +
      'approval first, optionally of one country or with one theme.',
  })
  bestPractices(@Args(() => BestPracticesArgs) args: BestPracticesArgs, @Ctx() ctx: AwardsContext) {
    return new BestPracticeService(ctx).list(args);
  }

  @Query(() => BestPractice, {
    nullable: true,
    description: 'Null when it does not exist or the caller may not read it.',
  })
  bestPractice(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<BestPractice | null> {
    return new BestPracticeService(ctx).byId(id);
  }

  @Mutation(() => BestPracticePayload, {
    description:
      'Approves a national winner as a best practice, with the manual texts: admins only (FORBIDDEN for everyone ' +
      'else, UNAUTHENTICATED for the public). NOT_FOUND for an unknown nomination; BAD_USER_INPUT for one that is ' +
      'not the WINNER of a DECIDED or ANNOUNCED edition, or for bad texts or themes; CONFLICT when the nomination ' +
      'is already a best practice.',
  })
  async approveBestPractice(
    @Arg('input', () => ApproveBestPracticeInput) input: ApproveBestPracticeInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<BestPracticePayload> {
    return { bestPractice: await new BestPracticeService(ctx).approve(input) };
  }

  @Mutation(() => BestPracticePayload, {
    description:
      'Revises the texts or themes of a best practice: admins only. NOT_FOUND for an unknown one; CONFLICT for a ' +
      'stale expectedVersion. A published manual keeps the texts it was published with.',
  })
  async reviseBestPractice(
    @Arg('input', () => ReviseBestPracticeInput) input: ReviseBestPracticeInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<BestPracticePayload> {
    return { bestPractice: await new BestPracticeService(ctx).revise(input) };
  }

  @FieldResolver(() => InitiativeStub)
  initiative(@Root() bestPractice: BestPractice): InitiativeStub {
    return { id: bestPractice.initiativeId };
  }

  @FieldResolver(() => Nomination, { description: 'The national winner it was approved from.' })
  async nomination(@Root() bestPractice: BestPractice, @Ctx() ctx: AwardsContext): Promise<Nomination> {
    // Whoever reads the best practice reads its nomination: they share one read rule.
    return (await ctx.loaders.nominationById.load(bestPractice.nominationId))!;
  }

  @FieldResolver(() => AwardEdition)
  async edition(@Root() bestPractice: BestPractice, @Ctx() ctx: AwardsContext): Promise<AwardEdition> {
    return (await ctx.loaders.editionById.load(bestPractice.editionId))!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Display name of whoever approved it: for the network; null for the public.',
  })
  approvedBy(@Root() bestPractice: BestPractice, @Ctx() ctx: AwardsContext): string | null {
    return new BestPracticeService(ctx).approvedBy(bestPractice);
  }
}
