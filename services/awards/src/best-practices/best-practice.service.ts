import { In } from 'typeorm';
import {
  badUserInput,
  conflict,
  DomainError,
  ErrorCode,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
  type Connection,
  type Viewer,
} from '@best/kit';
import { requireToChange } from '../awards.access';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Nomination } from '../nominations/nomination.entity';
import { NominationStatus } from '../nominations/nomination.enums';
import { approvesBestPractices, onlyVisibleBestPractices, readsApprover } from './best-practice.access';
import type { BestPracticesArgs } from './best-practice.args';
import { BestPractice } from './best-practice.entity';
import type { ApproveBestPracticeInput, ReviseBestPracticeInput } from './best-practice.input';
import { themeProblems } from './best-practice.rules';

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

const ONLY_ADMINS = 'Only the European coordination (admins) approves and revises best practices.';
const DECIDED_PHASES: readonly AwardEditionPhase[] = [AwardEditionPhase.DECIDED, AwardEditionPhase.ANNOUNCED];

const approverName = (viewer: Viewer) =>
  viewer.displayName?.trim().slice(0, 200) || (viewer.kind === 'TOKEN' ? 'API token' : 'Unknown');

export class BestPracticeService {
  constructor(private readonly ctx: AwardsContext) {}

  byId(id: string): Promise<BestPractice | null> {
    return this.ctx.loaders.bestPracticeById.load(id);
  }

  /** The initiative's latest approved best practice the caller may read, or null. */
  async forInitiative(initiativeId: string): Promise<BestPractice | null> {
    const approved = await this.ctx.loaders.bestPracticesByInitiativeId.load(initiativeId);
    return approved[0] ?? null;
  }

  /** Display name of whoever approved it, for the network; null for the public. */
  approvedBy(bestPractice: BestPractice): string | null {
    return readsApprover(this.ctx.viewer) ? bestPractice.approvedBy : null;
  }

  /** Best practices the caller may read, newest approval first, by country and theme. */
  list(args: BestPracticesArgs): Promise<Connection<BestPractice>> {
    const query = onlyVisibleBestPractices(
      this.ctx.dataSource.getRepository(BestPractice).createQueryBuilder('bestPractice'),
      this.ctx.viewer,
    );
    if (args.countryCode) query.andWhere('bestPractice.country_code = :country', { country: args.countryCode });
    if (args.theme) query.andWhere(':theme = ANY(bestPractice.themes)', { theme: args.theme });
    return paginate(
      query,
      { first: args.first, after: args.after },
      { column: 'bestPractice.approved_at', value: (b) => b.approvedAt, direction: 'DESC' },
    );
  }

  /**
   * Approves a national winner as a best practice: admins only, for a nomination that is the WINNER
   * of a DECIDED or ANNOUNCED edition, once per nomination (a second approval is a CONFLICT, also
   * when two race: the database's unique constraint answers then).
   */
  async approve(input: ApproveBestPracticeInput): Promise<BestPractice> {
    requireToChange(this.ctx.viewer, approvesBestPractices, ONLY_ADMINS);
    const problems = themeProblems(input.themes);
    if (problems.length) throw badUserInput('The themes of a best practice are not valid.', problems);
    try {
      const id = await this.ctx.dataSource.transaction(async (tx) => {
        const nomination = isUuid(input.nominationId)
          ? await tx
              .getRepository(Nomination)
              .findOne({ where: { id: input.nominationId }, lock: { mode: 'pessimistic_read' } })
          : null;
        if (!nomination) throw notFound('Nomination', input.nominationId);
        const edition = await tx.getRepository(AwardEdition).findOneByOrFail({ id: nomination.editionId });
        if (nomination.status !== NominationStatus.WINNER || !DECIDED_PHASES.includes(edition.phase)) {
          throw badUserInput('Only the national winner of a decided or announced award becomes a best practice.', [
            {
              field: 'nominationId',
              message: `is ${nomination.status} in "${edition.title}" (phase ${edition.phase}), not a winner of a decided or announced edition`,
            },
          ]);
        }
        if (await tx.getRepository(BestPractice).existsBy({ nominationId: nomination.id })) throw alreadyApproved();
        const { identifiers } = await tx.getRepository(BestPractice).insert({
          nominationId: nomination.id,
          editionId: edition.id,
          initiativeId: nomination.initiativeId,
          countryCode: edition.countryCode,
          whatWorks: input.whatWorks.trim(),
          lessons: input.lessons.trim(),
          transferability: input.transferability.trim(),
          themes: input.themes,
          approvedById: this.ctx.viewer.id,
          approvedBy: approverName(this.ctx.viewer),
        });
        this.ctx.loaders.bestPracticesByInitiativeId.clear(nomination.initiativeId);
        return identifiers[0].id as string;
      });
      return (await this.byId(id))!;
    } catch (error) {
      if (isUniqueViolation(error, 'best_practice_one_per_nomination')) throw alreadyApproved();
      throw error;
    }
  }

  /** Changes the texts or themes of a best practice: admins only, at the version the caller read. */
  async revise(input: ReviseBestPracticeInput): Promise<BestPractice> {
    requireToChange(this.ctx.viewer, approvesBestPractices, ONLY_ADMINS);
    if (input.themes) {
      const problems = themeProblems(input.themes);
      if (problems.length) throw badUserInput('The themes of a best practice are not valid.', problems);
    }
    const initiativeId = await this.ctx.dataSource.transaction(async (tx) => {
      const current = isUuid(input.bestPracticeId)
        ? await tx
            .getRepository(BestPractice)
            .findOne({ where: { id: input.bestPracticeId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!current) throw notFound('Best practice', input.bestPracticeId);
      if (input.expectedVersion !== current.version) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `Someone else revised this best practice in the meantime (version ${current.version}, you sent ${input.expectedVersion}); reload it and try again.`,
          { currentVersion: current.version, expectedVersion: input.expectedVersion },
        );
      }
      await tx
        .createQueryBuilder()
        .update(BestPractice)
        .set({
          whatWorks: input.whatWorks?.trim() ?? current.whatWorks,
          lessons: input.lessons?.trim() ?? current.lessons,
          transferability: input.transferability?.trim() ?? current.transferability,
          themes: input.themes ?? current.themes,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: current.id })
        .execute();
      return current.initiativeId;
    });
    this.ctx.loaders.bestPracticeById.clear(input.bestPracticeId);
    this.ctx.loaders.bestPracticesByInitiativeId.clear(initiativeId);
    return (await this.byId(input.bestPracticeId))!;
  }

  static loadMany(ctx: LoaderContext, ids: readonly string[]): Promise<BestPractice[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return onlyVisibleBestPractices(
      ctx.dataSource.getRepository(BestPractice).createQueryBuilder('bestPractice'),
      ctx.viewer,
    )
      .andWhere('bestPractice.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** Every best practice of each initiative the caller may read, newest approval first. */
  static loadForInitiatives(ctx: LoaderContext, initiativeIds: readonly string[]): Promise<BestPractice[]> {
    const valid = initiativeIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return onlyVisibleBestPractices(
      ctx.dataSource.getRepository(BestPractice).createQueryBuilder('bestPractice'),
      ctx.viewer,
    )
      .andWhere('bestPractice.initiative_id IN (:...ids)', { ids: valid })
      .orderBy('bestPractice.approved_at', 'DESC')
      .addOrderBy('bestPractice.id', 'DESC')
      .getMany();
  }

  /** Whether every id names an existing best practice, whoever may read it: for checking manual chapters. */
  static async existing(ctx: Pick<AwardsContext, 'dataSource'>, ids: readonly string[]): Promise<BestPractice[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (!valid.length) return [];
    return ctx.dataSource.getRepository(BestPractice).findBy({ id: In(valid) });
  }
}

const alreadyApproved = () =>
  conflict('This nomination is already a best practice; revise that best practice instead.');
