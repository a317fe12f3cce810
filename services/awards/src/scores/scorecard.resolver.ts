import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AwardsContext } from '../context';
import { Scorecard } from './scorecard.entity';
import { SaveScoresInput, SubmitScorecardInput } from './scorecard.input';
import { SaveScoresPayload, SubmitScorecardPayload } from './scorecard.payload';
import { ScorecardService } from './scorecard.service';

@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Mutation(() => SaveScoresPayload, {
    description:
      "Saves the caller's scores for a nomination as a draft, some or all criteria at a time, each on its " +
      "criterion's scale: a juror on the edition's jury without a declared conflict, while the edition is " +
      'judging, for eligible and shortlisted nominations.',
  })
  async saveScores(
    @Arg('input', () => SaveScoresInput) input: SaveScoresInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<SaveScoresPayload> {
    return { scorecard: await new ScorecardService(ctx).save(input) };
  }

  @Mutation(() => SubmitScorecardPayload, {
    description:
      "Submits the caller's scorecard once every criterion has a score and a comment; it cannot change afterwards.",
  })
  async submitScorecard(
    @Arg('input', () => SubmitScorecardInput) input: SubmitScorecardInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<SubmitScorecardPayload> {
    return { scorecard: await new ScorecardService(ctx).submit(input) };
  }
}
