import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { JurorProgress } from './jury-progress.type';
import { ScorecardService } from './scorecard.service';

/** How the jury of an edition is getting on with its scoring. */
@Resolver(() => AwardEdition)
export class AwardEditionScoresResolver {
  @FieldResolver(() => [JurorProgress], {
    description:
      "Each juror's progress in scoring, as counts, in the order they were assigned: for admins and the " +
      "coordinator of the edition's country; an empty list for everyone else.",
  })
  juryProgress(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<JurorProgress[]> {
    return new ScorecardService(ctx).progress(edition.id);
  }
}
