import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  badUserInput,
  canReadNetwork,
  conflict,
  DomainError,
  ErrorCode,
  coordinatesCountry,
  forbidden,
  hasScope,
  isNetworkMember,
  isStaff,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
  Problems,
  Role,
  Scope,
  unauthenticated,
  type Connection,
  type Viewer,
} from '@best/kit';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Nomination } from './nomination.entity';
import { Eligibility, NominationStatus } from './nomination.enums';
import type { EditionNominationsArgs } from './nomination.args';
import type {
  ScreenNominationInput,
  ShortlistNominationInput,
  SubmitNominationInput,
  WithdrawNominationInput,
} from './nomination.input';
import { isNominatorOf, NOMINATING_ROLES, onlyVisibleNominations } from './nomination.access';
import type { EligibilityCheck } from './eligibility-check.type';
import { Guideline } from '../guidelines/guideline.entity';
import { requireToChange, runsEditionsOf } from '../awards.access';
import { screen, SCREENABLE, SCREENING_PHASES, WITHDRAWABLE } from './nomination.rules';
import { readsAsJuror } from '../jury/jury.access';
import { JuryService } from '../jury/jury.service';
import { detectConflicts, initiativeOrganizationOf } from '../jury/conflict-detection';
import { NOMINATION_LIMITS, NOMINATION_RETRY_AFTER_SECONDS } from './nomination.limits';

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

/** Shown as the nominator when the caller has no display name (a partner integration, say). */
const UNNAMED_NOMINATOR = 'A member of the network';

export class NominationService {
  constructor(
    private readonly ctx: AwardsContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  byId(id: string): Promise<Nomination | null> {
    return this.ctx.loaders.nominationById.load(id);
  }

  /** An initiative's nominations across every edition, oldest first. */
  forInitiative(initiativeId: string): Promise<Nomination[]> {
    return this.ctx.loaders.nominationsByInitiativeId.load(initiativeId);
  }

  /**
   * The nominator's display name, for those who read the edition's nominations as the network does:
   * the public does not learn who nominated whom, nor does a juror outside the edition's jury.
   */
  async nominatedBy(nomination: Nomination): Promise<string | null> {
    return (await this.readsAsTheNetwork(nomination)) ? nomination.nominatedBy : null;
  }

  /**
   * How the nomination was screened, rule by rule, as who nominated it: for the network and the
   * edition's own jurors (who judge what the screening let through), null for the public, who reads
   * announced winners only, and for other jurors; empty while it is unchecked.
   */
  async eligibilityChecks(nomination: Nomination): Promise<EligibilityCheck[] | null> {
    return (await this.readsAsTheNetwork(nomination)) ? nomination.eligibilityChecks : null;
  }

  /** The network, and jurors on the nomination's edition's jury. */
  private async readsAsTheNetwork(nomination: Nomination): Promise<boolean> {
    if (!canReadNetwork(this.ctx.viewer)) return false;
    if (readsAsJuror(this.ctx.viewer)) return new JuryService(this.ctx).callerIsOnJury(nomination.editionId);
    return true;
  }

  /**
   * An edition's nominations the caller may see, in the order they were submitted. Withdrawn ones
   * only when asked for with `status: WITHDRAWN`.
   */
  forEdition(editionId: string, args: EditionNominationsArgs): Promise<Connection<Nomination>> {
    const query = onlyVisibleNominations(
      this.ctx.dataSource.getRepository(Nomination).createQueryBuilder('nomination'),
      this.ctx.viewer,
    ).andWhere('nomination.edition_id = :editionId', { editionId });
    if (args.status) query.andWhere('nomination.status = :status', { status: args.status });
    else query.andWhere(`nomination.status <> :withdrawn`, { withdrawn: NominationStatus.WITHDRAWN });
    if (args.eligibility) query.andWhere('nomination.eligibility = :eligibility', { eligibility: args.eligibility });
    return paginate(query, args, { column: 'nomination.submitted_at', value: (n) => n.submittedAt });
  }

  /**
   * Records a nomination while the edition takes nominations: its phase is NOMINATIONS_OPEN and
   * its closing moment has not passed. An initiative is nominated at most once per edition.
   * The network nominates: admins for any edition, coordinators and members (and WRITE tokens) for
   * their own country's, as themselves; jurors and viewers do not. The public (not signed in)
   * nominates for any edition with their name and email address. Both are held to the intake limits
   * (`NOMINATION_LIMITS`), and a nomination caught by the spam trap is answered like any other and
   * dropped. The organisation running the initiative is read from the network (through the gateway)
   * and kept, and the edition's jurors it conflicts with are flagged at once.
   */
  async submit(input: SubmitNominationInput): Promise<Nomination> {
    const { viewer } = this.ctx;
    const fromPublic = viewer.kind === 'ANONYMOUS';
    if (fromPublic) {
      if (input.homepage?.trim()) return this.dropped(input);
      const problems = new Problems();
      if (!input.nominatorName?.trim()) problems.add('nominatorName', 'say who nominates it (your name)');
      if (!input.nominatorEmail) problems.add('nominatorEmail', 'give an email address where the staff can reach you');
      problems.throwIfAny();
    } else {
      if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to nominate an initiative.');
      if (!NOMINATING_ROLES.has(viewer.role!)) {
        throw forbidden('Jurors and read-only accounts cannot nominate initiatives.');
      }
      if (!hasScope(viewer, Scope.WRITE)) throw forbidden('This API token has no WRITE scope: it cannot nominate.');
      if (input.nominatorName != null || input.nominatorEmail != null) {
        throw badUserInput('You nominate as yourself: leave nominatorName and nominatorEmail empty.', [
          ...(input.nominatorName != null ? [{ field: 'nominatorName', message: 'only for the public' }] : []),
          ...(input.nominatorEmail != null ? [{ field: 'nominatorEmail', message: 'only for the public' }] : []),
        ]);
      }
    }
    const submittedAt = this.now();
    // Read before the transaction: no lock is held while the gateway answers.
    const initiativeOrganizationId = await initiativeOrganizationOf(this.ctx, input.initiativeId);
    try {
      const id = await this.ctx.dataSource.transaction(async (tx) => {
        // FOR SHARE: a concurrent phase change waits until this nomination is in, or this waits for it.
        const edition = isUuid(input.editionId)
          ? await tx
              .getRepository(AwardEdition)
              .findOne({ where: { id: input.editionId }, lock: { mode: 'pessimistic_read' } })
          : null;
        if (!edition) throw notFound('Award edition', input.editionId);
        if (!fromPublic && !maySubmitFor(viewer, edition.countryCode)) {
          throw forbidden(`You may nominate only for your own country's award, not for "${edition.title}".`);
        }
        if (edition.phase !== AwardEditionPhase.NOMINATIONS_OPEN) {
          throw conflict(`"${edition.title}" does not take nominations: it is in phase ${edition.phase}.`);
        }
        if (edition.nominationsCloseAt && submittedAt > edition.nominationsCloseAt) {
          throw conflict(`Nominations for "${edition.title}" closed on ${edition.nominationsCloseAt.toISOString()}.`);
        }
        await this.assertWithinLimits(tx, edition.countryCode, submittedAt);
        const taken = await tx.getRepository(Nomination).exists({
          where: { editionId: edition.id, initiativeId: input.initiativeId },
        });
        if (taken) throw duplicate(edition);
        const { identifiers } = await tx.getRepository(Nomination).insert({
          editionId: edition.id,
          initiativeId: input.initiativeId,
          nominatedBy: fromPublic
            ? input.nominatorName!.trim()
            : viewer.displayName?.trim().slice(0, 120) || UNNAMED_NOMINATOR,
          nominatorAccountId: viewer.id,
          nominatorOrganizationId: viewer.organizationId,
          nominatorEmail: fromPublic ? input.nominatorEmail!.trim() : null,
          initiativeOrganizationId,
          statement: input.statement.trim(),
          evidence: (input.evidence ?? []).map((item) => item.trim()),
          eligibility: Eligibility.UNCHECKED,
          eligibilityReason: null,
          status: NominationStatus.SUBMITTED,
          submittedAt,
        });
        const id = identifiers[0].id as string;
        await detectConflicts(tx, edition.id, { nominationId: id });
        return id;
      });
      this.ctx.loaders.nominationsByInitiativeId.clear(input.initiativeId);
      // The public reads no submitted nomination; the nominator gets back what they sent.
      return fromPublic
        ? await this.ctx.dataSource.getRepository(Nomination).findOneByOrFail({ id })
        : (await this.byId(id))!;
    } catch (error) {
      // Two submissions racing past the check above meet the unique constraint instead.
      if (isUniqueViolation(error, 'nomination_one_per_initiative_and_edition')) throw duplicate(null);
      throw error;
    }
  }

  /**
   * The intake limits, counted in the statement's transaction under a lock per country, so that
   * concurrent submissions count exactly: a member's (or a token's) nominations in the last hour, and
   * the public's for the edition's country. Staff, who run the award, are not limited. Refused with RATE_LIMITED and `retryAfterSeconds`.
   */
  private async assertWithinLimits(tx: EntityManager, countryCode: string, at: Date): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`nomination-intake:${countryCode}`]);
    const since = new Date(at.getTime() - 3600_000);
    const { viewer } = this.ctx;
    if (viewer.kind === 'ANONYMOUS') {
      const [{ sent }] = await tx.query(
        `SELECT count(*)::int AS sent FROM nomination n JOIN award_edition e ON e.id = n.edition_id
         WHERE n.nominator_email IS NOT NULL AND n.submitted_at > $1 AND e.country_code = $2`,
        [since, countryCode],
      );
      if (sent >= NOMINATION_LIMITS.publicPerCountryPerHour) {
        throw rateLimited(
          `We have received many nominations for ${countryCode} in the last hour. Please try again later.`,
        );
      }
    } else if (viewer.id && !isStaff(viewer)) {
      const [{ sent }] = await tx.query(
        'SELECT count(*)::int AS sent FROM nomination WHERE nominator_account_id = $1 AND submitted_at > $2',
        [viewer.id, since],
      );
      if (sent >= NOMINATION_LIMITS.perViewerPerHour) {
        throw rateLimited(
          `You have submitted ${sent} nominations in the last hour, the most we accept. Please try again later.`,
        );
      }
    }
  }

  /** What a nomination caught by the spam trap gets back: the answer to a real one, never stored. */
  private dropped(input: SubmitNominationInput): Nomination {
    this.ctx.logger.info({ requestId: this.ctx.requestId }, 'dropped a nomination caught by the spam trap');
    const now = this.now();
    return Object.assign(new Nomination(), {
      id: randomUUID(),
      editionId: input.editionId,
      initiativeId: input.initiativeId,
      nominatedBy: input.nominatorName?.trim() ?? '',
      nominatorAccountId: null,
      nominatorOrganizationId: null,
      nominatorEmail: null,
      initiativeOrganizationId: null,
      statement: input.statement.trim(),
      evidence: (input.evidence ?? []).map((item) => item.trim()),
      eligibility: Eligibility.UNCHECKED,
      eligibilityReason: null,
      eligibilityChecks: [],
      screenedAt: null,
      status: NominationStatus.SUBMITTED,
      submittedAt: now,
      withdrawnAt: null,
      withdrawalReason: null,
      updatedAt: now,
      version: 1,
    });
  }

  /** A public nominator's email address: for admins and the coordinator of the edition's country only. */
  async nominatorEmail(nomination: Nomination): Promise<string | null> {
    if (!nomination.nominatorEmail || !isNetworkMember(this.ctx.viewer)) return null;
    const edition = await this.ctx.loaders.editionById.load(nomination.editionId);
    return edition && coordinatesCountry(this.ctx.viewer, edition.countryCode) ? nomination.nominatorEmail : null;
  }

  /**
   * Screens a nomination against every eligibility rule of its edition's pinned guideline (`screen`):
   * admins and the coordinator of the edition's country, while nominations are open or in judging,
   * for a nomination not yet shortlisted, decided or withdrawn (re-screening is allowed until then).
   */
  async screenEligibility(input: ScreenNominationInput): Promise<Nomination> {
    return this.change(input.id, input.expectedVersion, this.organisersOnly, async (tx, nomination, edition) => {
      refuseOutsideScreening(edition);
      if (!SCREENABLE.includes(nomination.status)) {
        throw conflict(
          `This nomination is ${nomination.status}: only a submitted, eligible or ineligible nomination is screened` +
            (nomination.status === NominationStatus.SHORTLISTED ? '; take it off the shortlist first.' : '.'),
        );
      }
      const guideline = await tx.getRepository(Guideline).findOneByOrFail({ id: edition.guidelineId });
      const screening = screen(guideline.eligibilityRules, input.checks, input.reason);
      if (!screening.ok) {
        throw badUserInput(
          `The screening does not answer the ${guideline.eligibilityRules.length} eligibility rules of "${guideline.title}" exactly once each, with a reason when one is not met.`,
          screening.problems,
        );
      }
      const eligible = screening.eligibility === Eligibility.ELIGIBLE;
      return {
        eligibility: screening.eligibility,
        eligibilityReason: screening.reason,
        eligibilityChecks: screening.checks,
        status: eligible ? NominationStatus.ELIGIBLE : NominationStatus.INELIGIBLE,
        screenedAt: this.now(),
      };
    });
  }

  /**
   * ELIGIBLE → SHORTLISTED and back: admins and the coordinator of the edition's country, while
   * nominations are open or in judging.
   */
  async shortlist(input: ShortlistNominationInput): Promise<Nomination> {
    return this.change(input.id, input.expectedVersion, this.organisersOnly, async (_tx, nomination, edition) => {
      refuseOutsideScreening(edition);
      const [from, to] = input.shortlisted
        ? [NominationStatus.ELIGIBLE, NominationStatus.SHORTLISTED]
        : [NominationStatus.SHORTLISTED, NominationStatus.ELIGIBLE];
      if (nomination.status !== from) {
        throw conflict(
          input.shortlisted
            ? `This nomination is ${nomination.status}: only an eligible nomination is put on the shortlist.`
            : `This nomination is ${nomination.status}, not on the shortlist.`,
        );
      }
      return { status: to };
    });
  }

  /**
   * The nominator takes the nomination back (`isNominatorOf`), before judging starts, saying why.
   * It keeps its screening, and is hidden from jurors and from lists unless asked for.
   */
  async withdraw(input: WithdrawNominationInput): Promise<Nomination> {
    const nominatorOnly = (nomination: Nomination) => {
      if (!isNominatorOf(this.ctx.viewer, nomination)) {
        throw forbidden('Only whoever nominated it (or their organisation) may withdraw a nomination.');
      }
    };
    return this.change(input.id, input.expectedVersion, nominatorOnly, async (_tx, nomination, edition) => {
      const refusal = withdrawalRefusal(nomination, edition);
      if (refusal) throw refusal;
      return {
        status: NominationStatus.WITHDRAWN,
        withdrawnAt: this.now(),
        withdrawalReason: input.reason.trim(),
      };
    });
  }

  /**
   * Whether `withdrawNomination` would take it back for the caller now: the same decision (the
   * nominator, `isNominatorOf`; the edition's phase and the nomination's status), short of the version.
   */
  async viewerCanWithdraw(nomination: Nomination): Promise<boolean> {
    if (!isNominatorOf(this.ctx.viewer, nomination)) return false;
    const edition = await this.ctx.loaders.editionById.load(nomination.editionId);
    return !!edition && !withdrawalRefusal(nomination, edition);
  }

  private readonly organisersOnly = (_nomination: Nomination, edition: AwardEdition) =>
    requireToChange(this.ctx.viewer, runsEditionsOf(edition.countryCode), ONLY_ORGANISERS);

  /**
   * One change of a nomination: locked with its edition (a phase move waits, or this waits for it),
   * refused when `allow` says the caller may not, with CONFLICT when the caller's version is stale,
   * then `decide` checks the state and says what to write.
   */
  private async change(
    id: string,
    expectedVersion: number,
    allow: (nomination: Nomination, edition: AwardEdition) => void,
    decide: (
      tx: EntityManager,
      nomination: Nomination,
      edition: AwardEdition,
    ) => Promise<QueryDeepPartialEntity<Nomination>>,
  ): Promise<Nomination> {
    if (!isNetworkMember(this.ctx.viewer)) throw unauthenticated('Sign in to change a nomination.');
    const initiativeId = await this.ctx.dataSource.transaction(async (tx) => {
      const nomination = isUuid(id)
        ? await tx.getRepository(Nomination).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!nomination) throw notFound('Nomination', id);
      const edition = await tx
        .getRepository(AwardEdition)
        .findOneOrFail({ where: { id: nomination.editionId }, lock: { mode: 'pessimistic_read' } });
      allow(nomination, edition);
      if (expectedVersion !== nomination.version) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `Someone else changed this nomination in the meantime (version ${nomination.version}, you sent ${expectedVersion}); reload it and try again.`,
          { currentVersion: nomination.version, expectedVersion },
        );
      }
      const changes = await decide(tx, nomination, edition);
      await tx
        .createQueryBuilder()
        .update(Nomination)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
      return nomination.initiativeId;
    });
    this.ctx.loaders.nominationById.clear(id);
    this.ctx.loaders.nominationsByInitiativeId.clear(initiativeId);
    return (await this.byId(id))!;
  }

  static loadMany(ctx: LoaderContext, ids: readonly string[]): Promise<Nomination[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return onlyVisibleNominations(ctx.dataSource.getRepository(Nomination).createQueryBuilder('nomination'), ctx.viewer)
      .andWhere('nomination.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  static loadForInitiatives(ctx: LoaderContext, initiativeIds: readonly string[]): Promise<Nomination[]> {
    const valid = initiativeIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return onlyVisibleNominations(ctx.dataSource.getRepository(Nomination).createQueryBuilder('nomination'), ctx.viewer)
      .andWhere('nomination.initiative_id IN (:...ids)', { ids: valid })
      .andWhere(`nomination.status <> 'WITHDRAWN'`)
      .orderBy('nomination.submitted_at', 'ASC')
      .addOrderBy('nomination.id', 'ASC')
      .getMany();
  }
}

const ONLY_ORGANISERS =
  "Only admins and the coordinator of the edition's country screen and shortlist its nominations.";

/** Screening and the shortlist happen while nominations are open and during judging (`SCREENING_PHASES`). */
function refuseOutsideScreening(edition: AwardEdition): void {
  if (!SCREENING_PHASES.includes(edition.phase)) {
    throw conflict(
      `"${edition.title}" is in phase ${edition.phase}: nominations are screened and shortlisted only while they are open or in judging.`,
    );
  }
}

/** Why a nomination cannot be withdrawn now, whoever asks: only while nominations are open, and only once. */
function withdrawalRefusal(nomination: Nomination, edition: AwardEdition): DomainError | null {
  if (edition.phase !== AwardEditionPhase.NOMINATIONS_OPEN) {
    return conflict(
      `"${edition.title}" is in phase ${edition.phase}: nominations are withdrawn only while they are open, before judging starts.`,
    );
  }
  if (!WITHDRAWABLE.includes(nomination.status)) return conflict(`This nomination is already ${nomination.status}.`);
  return null;
}

/** Admins nominate for any edition; coordinators and members for their own country's. */
const maySubmitFor = (viewer: Viewer, countryCode: string) =>
  coordinatesCountry(viewer, countryCode) ||
  (viewer.role === Role.ORGANIZATION_MEMBER && viewer.countryCode === countryCode);

const duplicate = (edition: AwardEdition | null) =>
  conflict(`This initiative is already nominated for ${edition ? `"${edition.title}"` : 'this award edition'}.`);

function rateLimited(message: string): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds: NOMINATION_RETRY_AFTER_SECONDS });
}
