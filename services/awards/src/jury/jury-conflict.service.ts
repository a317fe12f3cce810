import { type EntityManager, In } from 'typeorm';
import {
  conflict,
  DomainError,
  ErrorCode,
  forbidden,
  hasScope,
  isNetworkMember,
  isUuid,
  notFound,
  Scope,
  unauthenticated,
} from '@best/kit';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Nomination } from '../nominations/nomination.entity';
import { jurorAccountOf, onlyVisibleConflicts } from './jury.access';
import { ConflictKind, JuryConflict } from './jury-conflict.entity';
import { detectConflicts } from './conflict-detection';
import { JuryMember } from './jury-member.entity';
import type { DeclareConflictInput, WithdrawConflictDeclarationInput } from './jury.input';

type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

/** Once an edition is decided its jury's judgement is history: conflicts no longer change. */
const SETTLED: readonly AwardEditionPhase[] = [AwardEditionPhase.DECIDED, AwardEditionPhase.ANNOUNCED];

/**
 * A juror's seat on the jury of a nomination's edition, locked for the rest of the transaction, with
 * the nomination and its edition (held FOR SHARE, so a phase move waits). The seat lock puts one
 * juror's conflict declarations and score saves one after another. Throws UNAUTHENTICATED, NOT_FOUND,
 * or FORBIDDEN with `refusal` when the caller has no seat on that jury.
 */
export async function lockJurorSeat(
  tx: EntityManager,
  ctx: Pick<AwardsContext, 'viewer'>,
  nominationId: string,
  refusal: (edition: AwardEdition) => string,
): Promise<{ nomination: Nomination; edition: AwardEdition; seat: JuryMember }> {
  if (!isNetworkMember(ctx.viewer)) throw unauthenticated('Sign in as a juror to judge nominations.');
  const nomination = isUuid(nominationId) ? await tx.getRepository(Nomination).findOneBy({ id: nominationId }) : null;
  if (!nomination) throw notFound('Nomination', nominationId);
  const edition = await tx
    .getRepository(AwardEdition)
    .findOneOrFail({ where: { id: nomination.editionId }, lock: { mode: 'pessimistic_read' } });
  const juror = jurorAccountOf(ctx.viewer);
  const seat =
    juror && hasScope(ctx.viewer, Scope.WRITE)
      ? await tx
          .getRepository(JuryMember)
          .findOne({ where: { editionId: edition.id, jurorAccountId: juror }, lock: { mode: 'pessimistic_write' } })
      : null;
  if (!seat) throw forbidden(refusal(edition));
  return { nomination, edition, seat };
}

export class JuryConflictService {
  constructor(private readonly ctx: AwardsContext) {}

  /** The edition's conflicts (declared and detected) the caller may read: all for its organisers, their own for a juror. */
  forEdition(editionId: string): Promise<JuryConflict[]> {
    return this.ctx.loaders.conflictsByEditionId.load(editionId);
  }

  /** Whether the caller has a conflict with this nomination, declared or detected. */
  async callerHasConflict(nominationId: string): Promise<boolean> {
    return (await this.ctx.loaders.callerConflictByNominationId.load(nominationId)) !== null;
  }

  /**
   * Records the caller's conflict with a nomination of an edition they judge, before it is decided.
   * Their scorecard for it, draft or submitted, is deleted with it: a conflicted juror's scores never
   * count.
   */
  async declare(input: DeclareConflictInput): Promise<{ conflict: JuryConflict; edition: AwardEdition }> {
    const reason = input.reason.trim();
    const result = await this.ctx.dataSource.transaction(async (tx) => {
      const { nomination, edition, seat } = await lockJurorSeat(
        tx,
        this.ctx,
        input.nominationId,
        (e) => `Only jurors on the jury of "${e.title}" declare conflicts with its nominations.`,
      );
      if (SETTLED.includes(edition.phase)) {
        throw conflict(`"${edition.title}" is already decided: conflicts can no longer be declared.`);
      }
      const taken = await tx
        .getRepository(JuryConflict)
        .findOneBy({ nominationId: nomination.id, jurorAccountId: seat.jurorAccountId });
      if (taken?.kind === ConflictKind.DETECTED) {
        throw conflict(`The platform already found a conflict with this nomination: ${taken.reason}`);
      }
      if (taken) throw conflict('You have already declared a conflict with this nomination.');
      await tx.query('DELETE FROM scorecard WHERE nomination_id = $1 AND juror_account_id = $2', [
        nomination.id,
        seat.jurorAccountId,
      ]);
      const { identifiers } = await tx.getRepository(JuryConflict).insert({
        editionId: edition.id,
        nominationId: nomination.id,
        jurorAccountId: seat.jurorAccountId,
        reason,
      });
      const declared = await tx.getRepository(JuryConflict).findOneByOrFail({ id: identifiers[0].id as string });
      return { conflict: declared, edition };
    });
    this.forget(result.edition.id, input.nominationId);
    return result;
  }

  /**
   * Withdraws the caller's own declaration, before the edition is decided: they may judge the
   * nomination again, unless the platform detects a conflict with it (which then takes its place). A
   * detected conflict cannot be withdrawn.
   */
  async withdraw(input: WithdrawConflictDeclarationInput): Promise<AwardEdition> {
    const edition = await this.ctx.dataSource.transaction(async (tx) => {
      const { nomination, edition, seat } = await lockJurorSeat(
        tx,
        this.ctx,
        input.nominationId,
        (e) => `Only jurors on the jury of "${e.title}" declare conflicts with its nominations.`,
      );
      if (SETTLED.includes(edition.phase)) {
        throw conflict(`"${edition.title}" is already decided: conflicts can no longer be withdrawn.`);
      }
      const held = await tx
        .getRepository(JuryConflict)
        .findOneBy({ nominationId: nomination.id, jurorAccountId: seat.jurorAccountId });
      if (!held) throw new DomainError(ErrorCode.NOT_FOUND, 'You have declared no conflict with this nomination.');
      if (held.kind === ConflictKind.DETECTED) {
        throw conflict(`The platform found this conflict (${held.reason}): it cannot be withdrawn.`);
      }
      await tx.getRepository(JuryConflict).delete({ id: held.id });
      await detectConflicts(tx, edition.id, { nominationId: nomination.id, jurorAccountId: seat.jurorAccountId });
      return edition;
    });
    this.forget(edition.id, input.nominationId);
    return edition;
  }

  private forget(editionId: string, nominationId: string): void {
    this.ctx.loaders.conflictsByEditionId.clear(editionId);
    this.ctx.loaders.callerConflictByNominationId.clear(nominationId);
    this.ctx.loaders.callerScorecardByNominationId.clear(nominationId);
    this.ctx.loaders.juryProgressByEditionId.clear(editionId);
  }

  static async loadForEditions(ctx: LoaderContext, editionIds: readonly string[]): Promise<JuryConflict[]> {
    const valid = editionIds.filter(isUuid);
    if (!valid.length) return [];
    const query = onlyVisibleConflicts(
      ctx.dataSource
        .getRepository(JuryConflict)
        .createQueryBuilder('conflict')
        .where('conflict.edition_id IN (:...ids)', { ids: valid }),
      ctx.viewer,
    );
    if (!query) return [];
    return query.orderBy('conflict.declared_at', 'ASC').addOrderBy('conflict.id', 'ASC').getMany();
  }

  /** The caller's own conflicts among these nominations. */
  static async loadCallerConflicts(ctx: LoaderContext, nominationIds: readonly string[]): Promise<JuryConflict[]> {
    const valid = nominationIds.filter(isUuid);
    const juror = jurorAccountOf(ctx.viewer);
    if (!valid.length || !juror) return [];
    return ctx.dataSource.getRepository(JuryConflict).findBy({ nominationId: In(valid), jurorAccountId: juror });
  }
}
