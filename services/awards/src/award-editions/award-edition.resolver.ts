import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { CountryStub } from '../country/country.stub';
import { Guideline } from '../guidelines/guideline.entity';
import { GuidelineService } from '../guidelines/guideline.service';
import { EditionNominationsArgs } from '../nominations/nomination.args';
import { NominationConnection } from '../nominations/nomination.connection';
import { NominationService } from '../nominations/nomination.service';
import { AwardEdition } from './award-edition.entity';
import { AwardEditionsArgs } from './award-edition.args';
import { AwardEditionConnection } from './award-edition.connection';
import { AwardEditionService } from './award-edition.service';

@Resolver(() => AwardEdition)
export class AwardEditionResolver {
  @Query(() => AwardEditionConnection, { description: 'National award editions, newest year first.' })
  awardEditions(@Args(() => AwardEditionsArgs) args: AwardEditionsArgs, @Ctx() ctx: AwardsContext) {
    return new AwardEditionService(ctx).list(args);
  }

  @Query(() => AwardEdition, { nullable: true })
  awardEdition(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<AwardEdition | null> {
    return new AwardEditionService(ctx).byId(id);
  }

  @FieldResolver(() => CountryStub)
  country(@Root() edition: AwardEdition): CountryStub {
    return { code: edition.countryCode };
  }

  @FieldResolver(() => Guideline, { description: 'The guideline version this edition is judged by.' })
  async guideline(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<Guideline> {
    return (await new GuidelineService(ctx).byId(edition.guidelineId))!;
  }

  @FieldResolver(() => NominationConnection, {
    description:
      'Nominations the caller may see, in the order they were submitted: all for the network and for ' +
      "the edition's jurors (other jurors read as the public does), winners and finalists once the " +
      'edition is announced for the public.',
  })
  nominations(
    @Root() edition: AwardEdition,
    @Args(() => EditionNominationsArgs) args: EditionNominationsArgs,
    @Ctx() ctx: AwardsContext,
  ) {
    return new NominationService(ctx).forEdition(edition.id, args);
  }
}
