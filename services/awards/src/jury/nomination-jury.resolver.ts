import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { Nomination } from '../nominations/nomination.entity';
import { JuryConflictService } from './jury-conflict.service';

/** What the jury side adds to a nomination. */
@Resolver(() => Nomination)
export class NominationJuryResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller has a conflict of interest with it, declared or detected by the platform (a juror then reads it only in their own conflicts).',
  })
  viewerHasConflict(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<boolean> {
    return new JuryConflictService(ctx).callerHasConflict(nomination.id);
  }
}
