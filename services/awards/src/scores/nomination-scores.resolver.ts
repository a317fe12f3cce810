import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { Nomination } from '../nominations/nomination.entity';
import { Scorecard } from './scorecard.entity';
import { ScorecardService } from './scorecard.service';

/** A nomination's scores: blind while judging. */
@Resolver(() => Nomination)
export class NominationScoresResolver {
  @FieldResolver(() => Scorecard, {
    nullable: true,
    description: "The caller's own scorecard for this nomination, draft or submitted; null if they have none.",
  })
  myScorecard(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<Scorecard | null> {
    return new ScorecardService(ctx).mine(nomination.id);
  }

  @FieldResolver(() => [Scorecard], {
    description:
      "Every juror's submitted scorecard, for admins and the coordinator of the edition's country once the " +
      'edition is decided; an empty list before that and for everyone else.',
  })
  scorecards(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<Scorecard[]> {
    return new ScorecardService(ctx).all(nomination.id);
  }
}
