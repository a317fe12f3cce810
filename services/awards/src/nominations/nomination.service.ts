import {
  canReadNetwork,
  conflict,
  coordinatesCountry,
  forbidden,
  hasScope,
  isNetworkMember,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
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
import type { SubmitNominationInput } from './nomination.input';
import { onlyVisibleNominations } from './nomination.access';
import { readsAsJuror } from '../jury/jury.access';
import { JuryService } from '../jury/jury.service';

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
    if (!canReadNetwork(this.ctx.viewer)) return null;
    if (readsAsJuror(this.ctx.viewer) && !(await new JuryService(this.ctx).callerIsOnJury(nomination.editionId))) {
      return null;
    }
    return nomination.nominatedBy;
  }

  /** An edition's nominations the caller may see, in the order they were submitted. */
  forEdition(editionId: string, args: EditionNominationsArgs): Promise<Connection<Nomination>> {
    const query = onlyVisibleNominations(
      this.ctx.dataSource.getRepository(Nomination).createQueryBuilder('nomination'),
      this.ctx.viewer,
    ).andWhere('nomination.edition_id = :editionId', { editionId });
    if (args.status) query.andWhere('nomination.status = :status', { status: args.status });
    if (args.eligibility) query.andWhere('nomination.eligibility = :eligibility', { eligibility: args.eligibility });
    return paginate(query, args, { column: 'nomination.submitted_at', value: (n) => n.submittedAt });
  }

  /**
   * Records a nomination while the edition takes nominations: its phase is NOMINATIONS_OPEN and
   * its closing moment has not passed. An initiative is nominated at most once per edition.
   * The network nominates: admins for any edition, coordinators and members (and WRITE tokens) for
   * their own country's; jurors and viewers do not. The nominator is the caller, never what the
   * input says.
   */
  async submit(input: SubmitNominationInput): Promise<Nomination> {
    const { viewer } = this.ctx;
    if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to nominate an initiative.');
    if (!NOMINATING_ROLES.has(viewer.role!)) {
      throw forbidden('Jurors and read-only accounts cannot nominate initiatives.');
    }
    if (!hasScope(viewer, Scope.WRITE)) throw forbidden('This API token has no WRITE scope: it cannot nominate.');
    const submittedAt = this.now();
    try {
      const id = await this.ctx.dataSource.transaction(async (tx) => {
        // FOR SHARE: a concurrent phase change waits until this nomination is in, or this waits for it.
        const edition = isUuid(input.editionId)
          ? await tx
              .getRepository(AwardEdition)
              .findOne({ where: { id: input.editionId }, lock: { mode: 'pessimistic_read' } })
          : null;
        if (!edition) throw notFound('Award edition', input.editionId);
        if (!maySubmitFor(viewer, edition.countryCode)) {
          throw forbidden(`You may nominate only for your own country's award, not for "${edition.title}".`);
        }
        if (edition.phase !== AwardEditionPhase.NOMINATIONS_OPEN) {
          throw conflict(`"${edition.title}" does not take nominations: it is in phase ${edition.phase}.`);
        }
        if (edition.nominationsCloseAt && submittedAt > edition.nominationsCloseAt) {
          throw conflict(`Nominations for "${edition.title}" closed on ${edition.nominationsCloseAt.toISOString()}.`);
        }
        const taken = await tx.getRepository(Nomination).exists({
          where: { editionId: edition.id, initiativeId: input.initiativeId },
        });
        if (taken) throw duplicate(edition);
        const { identifiers } = await tx.getRepository(Nomination).insert({
          editionId: edition.id,
          initiativeId: input.initiativeId,
          nominatedBy: viewer.displayName?.trim().slice(0, 120) || UNNAMED_NOMINATOR,
          statement: input.statement.trim(),
          evidence: (input.evidence ?? []).map((item) => item.trim()),
          eligibility: Eligibility.UNCHECKED,
          eligibilityReason: null,
          status: NominationStatus.SUBMITTED,
          submittedAt,
        });
        return identifiers[0].id as string;
      });
      this.ctx.loaders.nominationsByInitiativeId.clear(input.initiativeId);
      return (await this.byId(id))!;
    } catch (error) {
      // Two submissions racing past the check above meet the unique constraint instead.
      if (isUniqueViolation(error, 'nomination_one_per_initiative_and_edition')) throw duplicate(null);
      throw error;
    }
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
      .orderBy('nomination.submitted_at', 'ASC')
      .addOrderBy('nomination.id', 'ASC')
      .getMany();
  }
}

/** Roles that nominate; jurors judge and viewers only read. */
const NOMINATING_ROLES: ReadonlySet<Role> = new Set([Role.ADMIN, Role.NATIONAL_COORDINATOR, Role.ORGANIZATION_MEMBER]);

/** Admins nominate for any edition; coordinators and members for their own country's. */
const maySubmitFor = (viewer: Viewer, countryCode: string) =>
  coordinatesCountry(viewer, countryCode) ||
  (viewer.role === Role.ORGANIZATION_MEMBER && viewer.countryCode === countryCode);

const duplicate = (edition: AwardEdition | null) =>
  conflict(`This initiative is already nominated for ${edition ? `"${edition.title}"` : 'this award edition'}.`);
