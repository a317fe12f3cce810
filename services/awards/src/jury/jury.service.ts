import { In } from 'typeorm';
import {
  conflict,
  DomainError,
  ErrorCode,
  isNetworkMember,
  isUniqueViolation,
  isUuid,
  notFound,
  unauthenticated,
} from '@best/kit';
import { requireToChange, runsEditionsOf } from '../awards.access';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { jurorAccountOf, onlyVisibleJury } from './jury.access';
import { JuryMember } from './jury-member.entity';
import { accountOrganizationOf, detectConflicts } from './conflict-detection';
import type { AssignJurorInput, RemoveJurorInput } from './jury.input';

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

const ONLY_ORGANISERS = "Only admins and the coordinator of the edition's country manage its jury.";

/** Shown as the assigner when the caller has no display name. */
const UNNAMED_ASSIGNER = 'A member of the network';

export class JuryService {
  constructor(private readonly ctx: AwardsContext) {}

  /** The edition's jurors in the order they were assigned; an empty list for callers who may not see it. */
  forEdition(editionId: string): Promise<JuryMember[]> {
    return this.ctx.loaders.juryByEditionId.load(editionId);
  }

  /** Whether the caller is on the edition's jury. */
  async callerIsOnJury(editionId: string): Promise<boolean> {
    return (await this.ctx.loaders.callerSeatByEditionId.load(editionId)) !== null;
  }

  /**
   * Puts an account on the edition's jury, once; organisers of the edition only. The account's
   * organisation is read from the network (through the gateway) and kept, and the nominations it
   * conflicts with are flagged at once.
   */
  async assign(input: AssignJurorInput): Promise<JuryMember> {
    const edition = await this.editionToManage(input.editionId);
    const displayName = input.displayName.trim();
    const jurorAccountId = input.jurorAccountId.toLowerCase();
    const jurorOrganizationId = await accountOrganizationOf(this.ctx, jurorAccountId);
    try {
      const id = await this.ctx.dataSource.transaction(async (tx) => {
        const { identifiers } = await tx.getRepository(JuryMember).insert({
          editionId: edition.id,
          jurorAccountId,
          jurorOrganizationId,
          displayName,
          assignedBy: this.ctx.viewer.displayName?.trim().slice(0, 200) || UNNAMED_ASSIGNER,
        });
        await detectConflicts(tx, edition.id, { jurorAccountId });
        return identifiers[0].id as string;
      });
      this.forget(edition.id);
      this.ctx.loaders.conflictsByEditionId.clear(edition.id);
      return await this.ctx.dataSource.getRepository(JuryMember).findOneByOrFail({ id });
    } catch (error) {
      if (isUniqueViolation(error, 'jury_member_one_per_edition')) {
        throw conflict(`${displayName} is already on the jury of "${edition.title}".`);
      }
      throw error;
    }
  }

  /** Takes a juror off the edition's jury; from then on they read its nominations as the public does. */
  async remove(input: RemoveJurorInput): Promise<AwardEdition> {
    const edition = await this.editionToManage(input.editionId);
    const { affected } = await this.ctx.dataSource
      .getRepository(JuryMember)
      .delete({ editionId: edition.id, jurorAccountId: input.jurorAccountId.toLowerCase() });
    if (!affected) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `Account ${input.jurorAccountId} is not on the jury of "${edition.title}".`,
      );
    }
    this.forget(edition.id);
    return edition;
  }

  /** The edition whose jury the caller wants to change, if it exists and the caller runs it. */
  private async editionToManage(editionId: string): Promise<AwardEdition> {
    if (!isNetworkMember(this.ctx.viewer)) throw unauthenticated('Sign in to change award data.');
    const edition = isUuid(editionId) ? await this.ctx.loaders.editionById.load(editionId) : null;
    if (!edition) throw notFound('Award edition', editionId);
    requireToChange(this.ctx.viewer, runsEditionsOf(edition.countryCode), ONLY_ORGANISERS);
    return edition;
  }

  /** A jury change in this request shows in what the same request reads next (the mutation's payload). */
  private forget(editionId: string): void {
    this.ctx.loaders.juryByEditionId.clear(editionId);
    this.ctx.loaders.callerSeatByEditionId.clear(editionId);
  }

  static loadForEditions(ctx: LoaderContext, editionIds: readonly string[]): Promise<JuryMember[]> {
    const valid = editionIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    const query = onlyVisibleJury(
      ctx.dataSource
        .getRepository(JuryMember)
        .createQueryBuilder('jury')
        .where('jury.edition_id IN (:...ids)', { ids: valid }),
      ctx.viewer,
    );
    if (!query) return Promise.resolve([]);
    return query.orderBy('jury.assigned_at', 'ASC').addOrderBy('jury.id', 'ASC').getMany();
  }

  /** The caller's own seats among these editions' juries. */
  static loadCallerSeats(ctx: LoaderContext, editionIds: readonly string[]): Promise<JuryMember[]> {
    const valid = editionIds.filter(isUuid);
    const juror = jurorAccountOf(ctx.viewer);
    if (!valid.length || !juror) return Promise.resolve([]);
    return ctx.dataSource.getRepository(JuryMember).findBy({ editionId: In(valid), jurorAccountId: juror });
  }
}
