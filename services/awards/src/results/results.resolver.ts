import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AwardsContext } from '../context';
import { RecordAwardDecisionInput } from './award-decision.input';
import { RecordAwardDecisionPayload } from './award-decision.payload';
import { AwardResult } from './award-result.type';
import { ResultsService } from './results.service';

@Resolver(() => AwardResult)
export class ResultsResolver {
  @Query(() => [AwardResult], {
    description:
      "An edition's results, best first. Admins and the coordinator of the edition's country, from JUDGING on: every " +
      'eligible, shortlisted or decided nomination with its raw and normalised scores and ranks side by side, its ' +
      'submitted and missing scorecards, ranked by the normalised scores unless normalised is false. Everyone, once ' +
      'ANNOUNCED: the winners, finalists and special mentions with their rank in the ranking the decision used, no ' +
      'score. An empty list otherwise; NOT_FOUND for an unknown edition.',
  })
  awardResults(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('normalised', () => Boolean, { defaultValue: true }) normalised: boolean,
    @Ctx() ctx: AwardsContext,
  ): Promise<AwardResult[]> {
    return new ResultsService(ctx).forEdition(editionId, normalised);
  }

  @Mutation(() => RecordAwardDecisionPayload, {
    description:
      "Records the jury's decision on an edition in JUDGING and moves it to DECIDED, with a phase-history row " +
      'giving the reason: admins for any country, coordinators for their own. Winners become WINNER, finalists ' +
      'FINALIST, every other eligible or shortlisted nomination NOT_SELECTED; special mentions are kept with the ' +
      'decision. BAD_USER_INPUT for no winner, a nomination that is not eligible or shortlisted in this edition ' +
      '(unknown, ineligible, withdrawn), or one named twice; CONFLICT for an edition not judging or a stale expectedVersion.',
  })
  recordAwardDecision(
    @Arg('input', () => RecordAwardDecisionInput) input: RecordAwardDecisionInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<RecordAwardDecisionPayload> {
    return new ResultsService(ctx).record(input);
  }
}
