import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionService } from '../award-editions/award-edition.service';
import { InitiativeStub } from '../initiative/initiative.stub';
import { Nomination } from './nomination.entity';
import { EligibilityCheck } from './eligibility-check.type';
import {
  ScreenNominationInput,
  ShortlistNominationInput,
  SubmitNominationInput,
  WithdrawNominationInput,
} from './nomination.input';
import {
  ScreenNominationPayload,
  ShortlistNominationPayload,
  SubmitNominationPayload,
  WithdrawNominationPayload,
} from './nomination.payload';
import { NominationService } from './nomination.service';

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => Nomination, {
    nullable: true,
    description:
      'A nomination the caller may see: any for the network, any of their editions for jurors, ' +
      'announced winners and finalists for everyone.',
  })
  nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<Nomination | null> {
    return new NominationService(ctx).byId(id);
  }

  @Mutation(() => SubmitNominationPayload, {
    description:
      'Nominates an initiative for an edition whose nominations are open, once per initiative and edition: ' +
      "admins for any edition, coordinators and members for their own country's, in their own name; the public " +
      '(not signed in) for any edition, with nominatorName and nominatorEmail. Limited per hour (RATE_LIMITED).',
  })
  async submitNomination(
    @Arg('input', () => SubmitNominationInput) input: SubmitNominationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<SubmitNominationPayload> {
    return { nomination: await new NominationService(ctx).submit(input) };
  }

  @Mutation(() => ScreenNominationPayload, {
    description:
      "Screens a nomination against every eligibility rule of its edition's guideline: admins for any edition, " +
      "coordinators for their own country's, while nominations are open or in judging. Each rule is answered " +
      'exactly once (BAD_USER_INPUT names the missing, repeated or unknown ones); ELIGIBLE when all are met, ' +
      'else INELIGIBLE with a reason (required). Re-screening is allowed until it is shortlisted (CONFLICT ' +
      'otherwise, and for a withdrawn or decided one). A stale expectedVersion is a CONFLICT.',
  })
  async screenNomination(
    @Arg('input', () => ScreenNominationInput) input: ScreenNominationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<ScreenNominationPayload> {
    return { nomination: await new NominationService(ctx).screenEligibility(input) };
  }

  @Mutation(() => ShortlistNominationPayload, {
    description:
      'Puts an ELIGIBLE nomination on the shortlist (SHORTLISTED), or takes it off (back to ELIGIBLE): admins ' +
      "for any edition, coordinators for their own country's, while nominations are open or in judging. Any " +
      'other status is a CONFLICT, as is a stale expectedVersion.',
  })
  async shortlistNomination(
    @Arg('input', () => ShortlistNominationInput) input: ShortlistNominationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<ShortlistNominationPayload> {
    return { nomination: await new NominationService(ctx).shortlist(input) };
  }

  @Mutation(() => WithdrawNominationPayload, {
    description:
      'The nominator takes a nomination back while nominations are open, before judging (CONFLICT after): the ' +
      'account that submitted it, or anyone writing for the organisation it was submitted for. It becomes ' +
      'WITHDRAWN, keeps its screening, and is hidden from jurors and from lists unless asked for by status. ' +
      'A stale expectedVersion is a CONFLICT.',
  })
  async withdrawNomination(
    @Arg('input', () => WithdrawNominationInput) input: WithdrawNominationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<WithdrawNominationPayload> {
    return { nomination: await new NominationService(ctx).withdraw(input) };
  }

  @FieldResolver(() => [EligibilityCheck], {
    nullable: true,
    description:
      "The answer to each eligibility rule of the edition's guideline, in the guideline's order; empty while " +
      "unchecked. For the network and the edition's jurors; null for the public.",
  })
  eligibilityChecks(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<EligibilityCheck[] | null> {
    return new NominationService(ctx).eligibilityChecks(nomination);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Display name of whoever nominated it; null for the public and for jurors outside the edition's jury.",
  })
  nominatedBy(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<string | null> {
    return new NominationService(ctx).nominatedBy(nomination);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "A public nominator's email address, for admins and the coordinator of the edition's country; null for " +
      'everyone else and for nominations from the network.',
  })
  nominatorEmail(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<string | null> {
    return new NominationService(ctx).nominatorEmail(nomination);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may withdraw it now (withdrawNomination): its nominator (the account that submitted it, ' +
      'or anyone writing for the organisation it was submitted for), while nominations are open and it is not ' +
      'withdrawn or decided. False for everyone else, the public included.',
  })
  viewerCanWithdraw(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<boolean> {
    return new NominationService(ctx).viewerCanWithdraw(nomination);
  }

  @FieldResolver(() => AwardEdition)
  async edition(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<AwardEdition> {
    return (await new AwardEditionService(ctx).byId(nomination.editionId))!;
  }

  @FieldResolver(() => InitiativeStub)
  initiative(@Root() nomination: Nomination): InitiativeStub {
    return { id: nomination.initiativeId };
  }
}
