import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  conflict,
  type Connection,
  DomainError,
  ErrorCode,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
  Problems,
} from '@best/kit';
import type { NetworkContext } from '../context';
import { refuse } from '../network.access';
import { assertVersion } from '../concurrency';
import { Initiative } from '../initiatives/initiative.entity';
import { InitiativeListing } from '../initiatives/initiative.enums';
import { canReadInitiative, canReviewProposals, reviewedCountries } from '../initiatives/initiative.access';
import { checkFacts, InitiativeService, newInitiativeFields } from '../initiatives/initiative.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationKind } from '../organizations/organization.enums';
import { assertNetworkCountry, OrganizationService } from '../organizations/organization.service';
import type { IntakeEligibility } from './eligibility';
import { addAll, checkTraits, recordedChecks } from './intake-checklist';
import { InitiativeProposal } from './proposal.entity';
import { ProposalState, ProposerRelation, ReviewDecision } from './proposal.enums';
import type { InitiativeProposalsArgs } from './proposal.args';
import type { ProposeInitiativeInput, ReviewProposalInput } from './proposal.input';
import { PROPOSAL_LIMITS, retryAfterSeconds } from './proposal.limits';

/** The same folding as the generated column `initiative.title_key`. */
const TITLE_KEY_SQL = `btrim(regexp_replace(lower(network_unaccent($1)), '[^[:alnum:]]+', ' ', 'g'))`;

const IDENTIFIED_BECAUSE: Readonly<Record<ProposerRelation, string>> = {
  [ProposerRelation.SELF]: 'Described itself through the national questionnaire',
  [ProposerRelation.NOMINATOR]: 'Nominated through the public nomination form',
};

export class ProposalService {
  constructor(
    private readonly ctx: NetworkContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Records a proposal for review. Open to everyone; validated like any input, guarded by a spam
   * trap, per-caller and per-country limits, and refused when the same initiative already waits
   * for review or is in the network.
   */
  async propose(input: ProposeInitiativeInput): Promise<{ proposalId: string; receivedAt: Date }> {
    const receivedAt = this.now();
    if (input.homepage?.trim()) {
      // Answered like a real proposal so that the sender learns nothing from the reply.
      this.ctx.logger.info({ requestId: this.ctx.requestId }, 'dropped a proposal caught by the spam trap');
      return { proposalId: randomUUID(), receivedAt };
    }
    const problems = new Problems();
    if (!input.organizationId && !input.organizationName?.trim()) {
      problems.add(
        'organizationName',
        'name the organisation that runs it, or choose one of the network (organizationId)',
      );
    }
    // Read before the transaction: no lock is held while the gateway answers.
    const traits = await checkTraits(this.ctx, input.eligibility);
    addAll(problems, traits.problems);
    problems.throwIfAny();
    const countryCode = input.countryCode.toUpperCase();
    const fields = newInitiativeFields(input);
    checkFacts(fields);

    try {
      const proposalId = await this.ctx.dataSource.transaction(async (tx) => {
        // One proposal at a time per country: the limits and the duplicate check below count exactly.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`initiative-proposal:${countryCode}`]);
        await assertNetworkCountry(tx, countryCode);
        if (input.organizationId && !(await tx.getRepository(Organization).existsBy({ id: input.organizationId }))) {
          new Problems().add('organizationId', 'is not an organisation of the network').throwIfAny();
        }
        await this.assertWithinLimits(tx, countryCode, receivedAt);
        await this.assertNotDuplicate(tx, countryCode, fields.title, receivedAt);
        const { identifiers } = await tx.getRepository(Initiative).insert({
          ...fields,
          countryCode,
          organizationId: input.organizationId ?? null,
          listing: InitiativeListing.PROPOSED,
          createdAt: receivedAt,
        });
        const { identifiers: proposal } = await tx.getRepository(InitiativeProposal).insert({
          initiativeId: identifiers[0].id as string,
          countryCode,
          state: ProposalState.PENDING,
          language: input.language,
          proposerRelation: input.proposerRelation,
          proposerName: input.proposerName?.trim() || null,
          proposerEmail: input.proposerEmail ?? null,
          proposerViewerId: this.ctx.viewer.kind === 'ANONYMOUS' ? null : this.ctx.viewer.id,
          organizationName: input.organizationName?.trim() || null,
          organizationKind: input.organizationKind ?? null,
          organizationWebsite: input.organizationWebsite ?? null,
          proposerEligibility: recordedChecks(traits.checklist, input.eligibility),
          submittedAt: receivedAt,
        });
        return proposal[0].id as string;
      });
      return { proposalId, receivedAt };
    } catch (error) {
      if (isUniqueViolation(error, 'initiative_one_pending_title_per_country')) throw alreadyWaiting(fields.title);
      throw error;
    }
  }

  private async assertWithinLimits(tx: EntityManager, countryCode: string, at: Date): Promise<void> {
    const viewer = this.ctx.viewer;
    const hourAgo = new Date(at.getTime() - 3600_000);
    const repository = tx.getRepository(InitiativeProposal).createQueryBuilder('proposal');
    if (viewer.kind !== 'ANONYMOUS' && viewer.id) {
      const sent = await repository
        .clone()
        .where('proposal.proposer_viewer_id = :id AND proposal.submitted_at > :since', {
          id: viewer.id,
          since: hourAgo,
        })
        .getCount();
      if (sent >= PROPOSAL_LIMITS.perViewerPerHour) {
        throw rateLimited(
          `You have sent ${sent} proposals in the last hour, the most we accept. Please try again later.`,
          retryAfterSeconds.perViewer,
        );
      }
    } else {
      const sent = await repository
        .clone()
        .where('proposal.country_code = :country AND proposal.proposer_viewer_id IS NULL', { country: countryCode })
        .andWhere('proposal.submitted_at > :since', { since: hourAgo })
        .getCount();
      if (sent >= PROPOSAL_LIMITS.anonymousPerCountryPerHour) {
        throw rateLimited(
          `We have received many proposals for ${countryCode} in the last hour. Please try again later.`,
          retryAfterSeconds.perCountry,
        );
      }
    }
  }

  private async assertNotDuplicate(tx: EntityManager, countryCode: string, title: string, at: Date): Promise<void> {
    const same: { id: string; listing: InitiativeListing; created_at: Date }[] = await tx.query(
      `SELECT id, listing, created_at FROM initiative WHERE country_code = $2 AND title_key = ${TITLE_KEY_SQL}`,
      [title, countryCode],
    );
    const existing = same.find(
      (row) => row.listing === InitiativeListing.LISTED || row.listing === InitiativeListing.ARCHIVED,
    );
    if (existing) {
      const error = conflict(`"${title}" is already in the network for ${countryCode}. Thank you all the same!`);
      Object.assign(error.extensions, { initiativeId: existing.id });
      throw error;
    }
    if (same.some((row) => row.listing === InitiativeListing.PROPOSED)) throw alreadyWaiting(title);
    const since = at.getTime() - PROPOSAL_LIMITS.sameTitleDays * 86_400_000;
    if (same.filter((row) => row.created_at.getTime() > since).length >= PROPOSAL_LIMITS.sameTitle) {
      throw rateLimited(
        `"${title}" has been proposed for ${countryCode} several times recently. Please write to the national coordinator instead.`,
        retryAfterSeconds.sameTitle,
      );
    }
  }

  async review(input: ReviewProposalInput): Promise<{ proposal: InitiativeProposal; initiative: Initiative }> {
    const viewer = this.ctx.viewer;
    if (viewer.kind === 'ANONYMOUS') throw refuse(viewer, 'review proposals');
    const problems = new Problems();
    const reason = input.reason?.trim() || null;
    if (input.decision === ReviewDecision.DECLINE && !reason) {
      problems.add('reason', 'say why the initiative is declined; the reason is kept with the proposal');
    }
    const traits = await checkTraits(this.ctx, input.eligibility);
    addAll(problems, traits.problems);
    if (input.decision === ReviewDecision.LIST && !traits.problems.length) {
      const text = new Map(traits.checklist.traits.map((t) => [t.key, t.text]));
      input.eligibility.forEach((answer, i) => {
        if (!answer.met) {
          problems.add(
            `eligibility.${i}`,
            `is not met ("${text.get(answer.trait)}"): only an initiative that shows every intake trait is listed`,
          );
        }
      });
    }
    problems.throwIfAny();
    const eligibility = recordedChecks(traits.checklist, input.eligibility);

    const proposalId = input.proposalId;
    const initiativeId = await this.ctx.dataSource.transaction(async (tx) => {
      const proposal = isUuid(proposalId)
        ? await tx
            .getRepository(InitiativeProposal)
            .findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!proposal) throw notFound('Proposal', proposalId);
      const initiatives = new InitiativeService(this.ctx, this.now);
      const initiative = await initiatives.lockForChange(tx, proposal.initiativeId);
      if (!canReviewProposals(viewer, initiative.countryCode)) {
        throw refuse(viewer, 'review this proposal', 'only admins and the coordinator of its country can');
      }
      if (proposal.state !== ProposalState.PENDING) {
        throw conflict(
          `This proposal was already reviewed: ${proposal.state} by ${proposal.reviewedBy ?? 'a coordinator'} ` +
            `on ${proposal.reviewedAt?.toISOString().slice(0, 10)}.`,
        );
      }
      assertVersion('proposal', initiative.version, input.expectedVersion);

      if (input.decision === ReviewDecision.LIST) {
        initiative.organizationId = await this.organizationFor(tx, input, proposal, initiative);
        initiative.listing = InitiativeListing.LISTED;
      } else {
        initiative.listing = InitiativeListing.DECLINED;
      }
      await tx.getRepository(Initiative).save(initiative);
      Object.assign(proposal, {
        state: input.decision === ReviewDecision.LIST ? ProposalState.LISTED : ProposalState.DECLINED,
        eligibility,
        reviewReason: reason,
        reviewedBy: viewer.displayName ?? 'A coordinator',
        reviewedById: viewer.id,
        reviewedAt: this.now(),
      });
      await tx.getRepository(InitiativeProposal).save(proposal);
      return initiative.id;
    });
    this.ctx.loaders.proposalByInitiativeId.clear(initiativeId);
    return {
      proposal: (await this.ctx.loaders.proposalByInitiativeId.load(initiativeId))!,
      initiative: await new InitiativeService(this.ctx).reload(initiativeId),
    };
  }

  /** The reviewer's choice, else the proposer's, else a new organisation from the name the proposer gave. */
  private async organizationFor(
    tx: EntityManager,
    input: ReviewProposalInput,
    proposal: InitiativeProposal,
    initiative: Initiative,
  ): Promise<string> {
    if (input.organizationId) {
      if (!(await tx.getRepository(Organization).existsBy({ id: input.organizationId }))) {
        new Problems().add('organizationId', 'is not an organisation of the network').throwIfAny();
      }
      return input.organizationId;
    }
    if (initiative.organizationId) return initiative.organizationId;
    if (!proposal.organizationName) {
      new Problems().add('organizationId', 'choose the organisation that runs it').throwIfAny();
    }
    return new OrganizationService(this.ctx, this.now).createIdentified(
      tx,
      {
        name: proposal.organizationName!,
        countryCode: initiative.countryCode,
        kind: proposal.organizationKind ?? OrganizationKind.OTHER,
        website: proposal.organizationWebsite,
      },
      IDENTIFIED_BECAUSE[proposal.proposerRelation],
    );
  }

  /** The queue, oldest first; empty for anyone who does not review proposals. */
  list(args: InitiativeProposalsArgs): Promise<Connection<InitiativeProposal>> {
    const viewer = this.ctx.viewer;
    const query = this.ctx.dataSource
      .getRepository(InitiativeProposal)
      .createQueryBuilder('proposal')
      .where('proposal.state = :state', { state: args.state ?? ProposalState.PENDING });
    const inCountry = (param: string) =>
      `EXISTS (SELECT 1 FROM initiative i WHERE i.id = proposal.initiative_id AND i.country_code = :${param})`;
    const reviewed = reviewedCountries(viewer);
    if (reviewed === 'NONE') query.andWhere('false');
    else if (reviewed !== 'ALL') query.andWhere(inCountry('viewerCountry'), { viewerCountry: reviewed.countryCode });
    if (args.countryCode) query.andWhere(inCountry('country'), { country: args.countryCode.toUpperCase() });
    return paginate(query, args, { column: 'proposal.submitted_at', value: (p) => p.submittedAt });
  }

  async byId(id: string): Promise<InitiativeProposal | null> {
    const proposal = isUuid(id) ? await this.ctx.dataSource.getRepository(InitiativeProposal).findOneBy({ id }) : null;
    return proposal && (await this.visible(proposal)) ? proposal : null;
  }

  /** The proposal an initiative came from, for the staff who may review it. */
  async forInitiative(initiative: Initiative): Promise<InitiativeProposal | null> {
    if (!canReviewProposals(this.ctx.viewer, initiative.countryCode)) return null;
    return this.ctx.loaders.proposalByInitiativeId.load(initiative.id);
  }

  /** The reviewer's checks; null while pending. */
  eligibility(proposal: InitiativeProposal): IntakeEligibility | null {
    return proposal.state === ProposalState.PENDING ? null : proposal.eligibility;
  }

  private async visible(proposal: InitiativeProposal): Promise<boolean> {
    const initiative = await this.ctx.loaders.initiativeById.load(proposal.initiativeId);
    return Boolean(
      initiative &&
      canReadInitiative(this.ctx.viewer, initiative) &&
      canReviewProposals(this.ctx.viewer, initiative.countryCode),
    );
  }
}

const alreadyWaiting = (title: string) =>
  conflict(`"${title}" has already been proposed and waits for review by the national coordinator. Thank you!`);

function rateLimited(message: string, retryAfter: number): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds: retryAfter });
}
