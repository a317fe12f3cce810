import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Country } from '../countries/country.entity';
import { CountryService } from '../countries/country.service';
import { Initiative } from '../initiatives/initiative.entity';
import { InitiativeService } from '../initiatives/initiative.service';
import { IntakeEligibility } from './eligibility';
import { InitiativeProposal } from './proposal.entity';
import { InitiativeProposalsArgs } from './proposal.args';
import { InitiativeProposalConnection } from './proposal.connection';
import { ProposeInitiativeInput, ReviewProposalInput } from './proposal.input';
import { ProposeInitiativePayload, ReviewProposalPayload } from './proposal.payload';
import { ProposalService } from './proposal.service';

@Resolver(() => InitiativeProposal)
export class ProposalResolver {
  @Query(() => InitiativeProposalConnection, {
    description:
      'The intake queue, oldest first. Admins see every country, a coordinator theirs; others an empty list.',
  })
  initiativeProposals(@Args(() => InitiativeProposalsArgs) args: InitiativeProposalsArgs, @Ctx() ctx: NetworkContext) {
    return new ProposalService(ctx).list(args);
  }

  @Query(() => InitiativeProposal, { nullable: true, description: 'Null unless you review its country.' })
  initiativeProposal(@Arg('id', () => ID) id: string, @Ctx() ctx: NetworkContext): Promise<InitiativeProposal | null> {
    return new ProposalService(ctx).byId(id);
  }

  @Mutation(() => ProposeInitiativePayload, {
    description:
      'Proposes an initiative for the network; open to everyone, signed in or not. Refused with CONFLICT when ' +
      'the same title already waits for review or is in the network for that country, with RATE_LIMITED ' +
      '(`extensions.retryAfterSeconds`) after too many proposals, and with SERVICE_UNAVAILABLE when the ' +
      "current guideline's intake traits cannot be read through the gateway.",
  })
  async proposeInitiative(
    @Arg('input', () => ProposeInitiativeInput) input: ProposeInitiativeInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<ProposeInitiativePayload> {
    return new ProposalService(ctx).propose(input);
  }

  @Mutation(() => ReviewProposalPayload, {
    description:
      'Lists or declines a proposal after checking every intake trait of the current guideline (read through the gateway; SERVICE_UNAVAILABLE when it does not answer). Admins, and the coordinator of its country.',
  })
  reviewProposal(
    @Arg('input', () => ReviewProposalInput) input: ReviewProposalInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<ReviewProposalPayload> {
    return new ProposalService(ctx).review(input);
  }

  @FieldResolver(() => Initiative, {
    description: 'The proposed initiative, as it stands now (editable by the reviewer).',
  })
  async initiative(@Root() proposal: InitiativeProposal, @Ctx() ctx: NetworkContext): Promise<Initiative> {
    return (await new InitiativeService(ctx).byId(proposal.initiativeId))!;
  }

  @FieldResolver(() => Country, { description: 'The country it was proposed for.' })
  async country(@Root() proposal: InitiativeProposal, @Ctx() ctx: NetworkContext): Promise<Country> {
    return (await new CountryService(ctx).byCode(proposal.countryCode))!;
  }

  @FieldResolver(() => IntakeEligibility, {
    nullable: true,
    description:
      "The reviewer's checks of the intake traits, with the guideline version checked against; null while pending.",
  })
  eligibility(@Root() proposal: InitiativeProposal, @Ctx() ctx: NetworkContext): IntakeEligibility | null {
    return new ProposalService(ctx).eligibility(proposal);
  }

  @FieldResolver(() => IntakeEligibility, {
    nullable: true,
    description:
      'What the proposer said of each intake trait when proposing it; null for proposals made before proposals answered them.',
  })
  proposerEligibility(@Root() proposal: InitiativeProposal): IntakeEligibility | null {
    return proposal.proposerEligibility;
  }
}

@Resolver(() => Initiative)
export class InitiativeProposalResolver {
  @FieldResolver(() => InitiativeProposal, {
    nullable: true,
    description: 'The proposal it came from, if any; only for the staff who review its country.',
  })
  proposal(@Root() initiative: Initiative, @Ctx() ctx: NetworkContext): Promise<InitiativeProposal | null> {
    return new ProposalService(ctx).forInitiative(initiative);
  }
}
