import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { Criterion } from './criterion.entity';
import { Guideline } from './guideline.entity';
import { GuidelinesArgs } from './guideline.args';
import { GuidelineService } from './guideline.service';

@Resolver(() => Guideline)
export class GuidelineResolver {
  @Query(() => [Guideline], { description: 'Guideline versions by key, newest version first.' })
  guidelines(@Args(() => GuidelinesArgs) args: GuidelinesArgs, @Ctx() ctx: AwardsContext): Promise<Guideline[]> {
    return new GuidelineService(ctx).list(args);
  }

  @Query(() => Guideline, { nullable: true })
  guideline(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<Guideline | null> {
    return new GuidelineService(ctx).byId(id);
  }

  @FieldResolver(() => [Criterion], { description: 'The criteria in the order jurors see them.' })
  criteria(@Root() guideline: Guideline, @Ctx() ctx: AwardsContext): Promise<Criterion[]> {
    return new GuidelineService(ctx).criteriaOf(guideline.id);
  }
}
