import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
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
import { CreateAwardEditionInput, MoveAwardEditionPhaseInput } from './award-edition.input';
import { CreateAwardEditionPayload, MoveAwardEditionPhasePayload } from './award-edition.payload';
import { AwardEditionPhaseChange } from './award-edition-phase-change.entity';
import { AwardDecision } from '../results/award-decision.entity';
import { AwardDecisionService } from '../results/award-decision.service';

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

  @Mutation(() => CreateAwardEditionPayload, {
    description:
      "Starts a country's national award for a year, in phase DRAFT: admins for any country, coordinators for " +
      'their own. Refused (BAD_USER_INPUT) for a draft guideline or dates out of order (opensAt before ' +
      'nominationsCloseAt before decisionAt); a second edition of the same country and year is a CONFLICT.',
  })
  async createAwardEdition(
    @Arg('input', () => CreateAwardEditionInput) input: CreateAwardEditionInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<CreateAwardEditionPayload> {
    return { edition: await new AwardEditionService(ctx).create(input) };
  }

  @Mutation(() => MoveAwardEditionPhasePayload, {
    description:
      'Moves an award edition to another phase and records who did it and why: admins for any country, ' +
      'coordinators for their own. Only to the next phase (DRAFT → NOMINATIONS_OPEN → JUDGING → DECIDED → ' +
      'ANNOUNCED), or back from NOMINATIONS_OPEN to DRAFT while no nomination has arrived; anything else is ' +
      'BAD_USER_INPUT. Deadlines (CONFLICT): nominations open only once both nominationsCloseAt and decisionAt ' +
      'are set, not before opensAt and not once nominationsCloseAt has passed; JUDGING starts only once ' +
      'nominationsCloseAt has passed. DECIDED is reached only by recording the decision (recordAwardDecision); ' +
      'a move to it is a CONFLICT. ANNOUNCED has no date rule. A stale expectedVersion is a CONFLICT.',
  })
  moveAwardEditionPhase(
    @Arg('input', () => MoveAwardEditionPhaseInput) input: MoveAwardEditionPhaseInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<MoveAwardEditionPhasePayload> {
    return new AwardEditionService(ctx).move(input);
  }

  @FieldResolver(() => [AwardEditionPhaseChange], {
    description:
      'Every move of the edition from phase to phase, oldest first; who made each move is shown to the network only.',
  })
  phaseHistory(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<AwardEditionPhaseChange[]> {
    return new AwardEditionService(ctx).phaseHistory(edition.id);
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

  @FieldResolver(() => AwardDecision, {
    nullable: true,
    description:
      "The jury's recorded decision (who, when, why, winners, finalists, special mentions) as the results rule " +
      "allows: admins and the coordinator of the edition's country once DECIDED, everyone once ANNOUNCED; null " +
      'before the decision and for everyone else.',
  })
  decision(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<AwardDecision | null> {
    return new AwardDecisionService(ctx).forEdition(edition);
  }
}
