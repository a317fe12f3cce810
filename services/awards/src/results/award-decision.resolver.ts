import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { Nomination } from '../nominations/nomination.entity';
import { AwardDecision } from './award-decision.entity';
import { AwardDecisionService } from './award-decision.service';

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Display name of whoever recorded the decision: for the network; null for the public.',
  })
  decidedBy(@Root() decision: AwardDecision, @Ctx() ctx: AwardsContext): string | null {
    return new AwardDecisionService(ctx).decidedBy(decision);
  }

  @FieldResolver(() => [Nomination], { description: 'The nominations it made WINNER, in order of submission.' })
  winners(@Root() decision: AwardDecision, @Ctx() ctx: AwardsContext): Promise<Nomination[]> {
    return new AwardDecisionService(ctx).named(decision, 'WINNER');
  }

  @FieldResolver(() => [Nomination], { description: 'The nominations it made FINALIST, in order of submission.' })
  finalists(@Root() decision: AwardDecision, @Ctx() ctx: AwardsContext): Promise<Nomination[]> {
    return new AwardDecisionService(ctx).named(decision, 'FINALIST');
  }

  @FieldResolver(() => [Nomination], {
    description: 'The nominations not selected that it names with a special mention, in order of submission.',
  })
  specialMentions(@Root() decision: AwardDecision, @Ctx() ctx: AwardsContext): Promise<Nomination[]> {
    return new AwardDecisionService(ctx).named(decision, 'SPECIAL_MENTION');
  }
}
