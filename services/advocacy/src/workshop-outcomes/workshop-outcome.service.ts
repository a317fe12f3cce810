import { In } from 'typeorm';
import { badUserInput, isUuid, notFound, paginate, type Connection } from '@best/kit';
import { readsWorkshops, requireToChangeWorkshopsOf } from '../advocacy.access';
import type { AdvocacyContext } from '../context';
import type { Workshop } from '../workshops/workshop.entity';
import { WorkshopService } from '../workshops/workshop.service';
import { WorkshopOutcome } from './workshop-outcome.entity';
import { FollowUpStatus, WorkshopOutcomeKind } from './workshop-outcome.enums';
import { WorkshopOutcomeInitiative } from './workshop-outcome-initiative.entity';
import type { WorkshopOutcomesArgs } from './workshop-outcome.args';
import type { RecordWorkshopOutcomeInput } from './workshop-outcome.input';

const KIND_ORDER = Object.values(WorkshopOutcomeKind);

/** What the batch loaders need: the database, and the caller whose rules they apply. */
type LoaderContext = Pick<AdvocacyContext, 'dataSource' | 'viewer'>;

export class WorkshopOutcomeService {
  constructor(private readonly ctx: Pick<AdvocacyContext, 'dataSource' | 'loaders' | 'viewer'>) {}

  byId(id: string): Promise<WorkshopOutcome | null> {
    return isUuid(id) ? this.ctx.loaders.outcomeById.load(id.toLowerCase()) : Promise.resolve(null);
  }

  /**
   * Soonest follow-up first, outcomes without a due date last: the list staff work through.
   * `follow_up_sort` is a generated column (the due date, or 'infinity') so keyset paging needs no
   * special case for missing dates. The public gets none.
   */
  list(args: WorkshopOutcomesArgs): Promise<Connection<WorkshopOutcome>> {
    const query = this.ctx.dataSource.getRepository(WorkshopOutcome).createQueryBuilder('outcome');
    if (!readsWorkshops(this.ctx.viewer)) query.andWhere('FALSE');
    if (args.followUpStatus) query.andWhere('outcome.follow_up_status = :status', { status: args.followUpStatus });
    if (args.kind) query.andWhere('outcome.kind = :kind', { kind: args.kind });
    if (args.workshopId) query.andWhere('outcome.workshop_id = :workshopId', { workshopId: args.workshopId });
    if (args.dueBefore) query.andWhere('outcome.follow_up_due < :dueBefore', { dueBefore: args.dueBefore });
    if (args.countryCode) {
      // A subquery rather than a join: TypeORM pages joined queries with an extra statement.
      query.andWhere('outcome.workshop_id IN (SELECT w.id FROM workshop w WHERE w.country_code = :country)', {
        country: args.countryCode.toUpperCase(),
      });
    }
    return paginate(query, args, { column: 'outcome.follow_up_sort', value: (o) => o.followUpDue ?? 'infinity' });
  }

  /** A workshop's outcomes, lessons first, then recommendations, commitments and messages. */
  ofWorkshop(workshopId: string): Promise<WorkshopOutcome[]> {
    return this.ctx.loaders.outcomesByWorkshop.load(workshopId);
  }

  async initiativeIds(outcomeId: string): Promise<string[]> {
    const links = await this.ctx.loaders.linksByOutcome.load(outcomeId);
    return links.map((link) => link.initiativeId);
  }

  async citing(initiativeId: string): Promise<WorkshopOutcome[]> {
    if (!isUuid(initiativeId)) return [];
    const links = await this.ctx.loaders.citationsByInitiative.load(initiativeId.toLowerCase());
    return links.flatMap((link) => (link.outcome ? [link.outcome] : []));
  }

  async workshopOf(outcome: WorkshopOutcome): Promise<Workshop> {
    const workshop = await new WorkshopService(this.ctx).byId(outcome.workshopId);
    if (!workshop) throw notFound('Workshop', outcome.workshopId);
    return workshop;
  }

  /** Admins and the coordinator of the workshop's country write down its outcomes. */
  async record(input: RecordWorkshopOutcomeInput): Promise<WorkshopOutcome> {
    requireToChangeWorkshopsOf(this.ctx.viewer);
    const workshop = await new WorkshopService(this.ctx).byId(input.workshopId);
    if (!workshop) throw notFound('Workshop', input.workshopId);
    requireToChangeWorkshopsOf(this.ctx.viewer, workshop.countryCode);
    if (input.followUpDue && input.followUpDue < workshop.startsOn) {
      throw badUserInput('A follow-up cannot be due before the workshop starts.', [
        { field: 'followUpDue', message: `must be on or after ${workshop.startsOn}` },
      ]);
    }
    const initiativeIds = [...new Set(input.initiativeIds.map((id) => id.toLowerCase()))];
    const id = await this.ctx.dataSource.transaction(async (tx) => {
      const { identifiers } = await tx.getRepository(WorkshopOutcome).insert({
        workshopId: workshop.id,
        kind: input.kind,
        text: input.text.trim(),
        followUpStatus: input.followUpStatus ?? FollowUpStatus.OPEN,
        followUpDue: input.followUpDue ?? null,
      });
      const outcomeId = identifiers[0].id as string;
      if (initiativeIds.length) {
        await tx
          .getRepository(WorkshopOutcomeInitiative)
          .insert(initiativeIds.map((initiativeId, position) => ({ outcomeId, initiativeId, position })));
      }
      return outcomeId;
    });
    return this.ctx.dataSource.getRepository(WorkshopOutcome).findOneByOrFail({ id });
  }

  static loadMany(ctx: LoaderContext, ids: readonly string[]): Promise<WorkshopOutcome[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length || !readsWorkshops(ctx.viewer)) return Promise.resolve([]);
    return ctx.dataSource.getRepository(WorkshopOutcome).findBy({ id: In(valid) });
  }

  static async loadByWorkshops(ctx: LoaderContext, workshopIds: readonly string[]): Promise<WorkshopOutcome[]> {
    const rows = await ctx.dataSource.getRepository(WorkshopOutcome).find({
      where: { workshopId: In([...workshopIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const rank = (o: WorkshopOutcome) => KIND_ORDER.indexOf(o.kind);
    return rows.sort((a, b) => rank(a) - rank(b));
  }

  static loadLinks(ctx: LoaderContext, outcomeIds: readonly string[]): Promise<WorkshopOutcomeInitiative[]> {
    return ctx.dataSource.getRepository(WorkshopOutcomeInitiative).find({
      where: { outcomeId: In([...outcomeIds]) },
      order: { outcomeId: 'ASC', position: 'ASC' },
    });
  }

  /**
   * Every initiative's citing outcomes in one statement: the join table with its outcomes, newest
   * first. The public gets none, without asking the database.
   */
  static loadCitations(ctx: LoaderContext, initiativeIds: readonly string[]): Promise<WorkshopOutcomeInitiative[]> {
    if (!readsWorkshops(ctx.viewer)) return Promise.resolve([]);
    return ctx.dataSource.getRepository(WorkshopOutcomeInitiative).find({
      where: { initiativeId: In([...initiativeIds]) },
      relations: { outcome: true },
      order: { outcome: { createdAt: 'DESC', id: 'ASC' } },
    });
  }
}
