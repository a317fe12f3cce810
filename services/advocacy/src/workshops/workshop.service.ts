import { In } from 'typeorm';
import { isUuid, paginate, type Connection } from '@best/kit';
import { readsWorkshops } from '../advocacy.access';
import type { AdvocacyContext } from '../context';
import { Workshop } from './workshop.entity';
import { WORKSHOP_PARTICIPANT_KINDS } from './workshop.enums';
import { WorkshopParticipantGroup } from './workshop-participant-group.entity';
import type { WorkshopsArgs } from './workshop.args';

/** What the batch loaders need: the database, and the caller whose rules they apply. */
type LoaderContext = Pick<AdvocacyContext, 'dataSource' | 'viewer'>;

export class WorkshopService {
  constructor(private readonly ctx: Pick<AdvocacyContext, 'dataSource' | 'loaders' | 'viewer'>) {}

  byId(id: string): Promise<Workshop | null> {
    return isUuid(id) ? this.ctx.loaders.workshopById.load(id.toLowerCase()) : Promise.resolve(null);
  }

  /** Newest first: staff look for the last workshop far more often than the first. The public gets none. */
  async list(args: WorkshopsArgs): Promise<Connection<Workshop>> {
    const query = this.ctx.dataSource.getRepository(Workshop).createQueryBuilder('workshop');
    if (!readsWorkshops(this.ctx.viewer)) query.andWhere('FALSE');
    if (args.countryCode)
      query.andWhere('workshop.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.kind) query.andWhere('workshop.kind = :kind', { kind: args.kind });
    if (args.year != null) {
      query.andWhere('workshop.starts_on >= :from AND workshop.starts_on < :until', {
        from: `${args.year}-01-01`,
        until: `${args.year + 1}-01-01`,
      });
    }
    const page = await paginate(query, args, {
      column: 'workshop.starts_on',
      value: (w) => w.startsOn,
      direction: 'DESC',
    });
    // Outcomes on this page point back to these workshops: spare the loader a second fetch.
    for (const workshop of page.nodes) this.ctx.loaders.workshopById.prime(workshop.id, workshop);
    return page;
  }

  participants(workshopId: string): Promise<WorkshopParticipantGroup[]> {
    return this.ctx.loaders.participantsByWorkshop.load(workshopId);
  }

  async participantTotal(workshopId: string): Promise<number> {
    const groups = await this.participants(workshopId);
    return groups.reduce((sum, group) => sum + group.count, 0);
  }

  static loadMany(ctx: LoaderContext, ids: readonly string[]): Promise<Workshop[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length || !readsWorkshops(ctx.viewer)) return Promise.resolve([]);
    return ctx.dataSource.getRepository(Workshop).findBy({ id: In(valid) });
  }

  static async loadParticipants(
    ctx: LoaderContext,
    workshopIds: readonly string[],
  ): Promise<WorkshopParticipantGroup[]> {
    const rows = await ctx.dataSource
      .getRepository(WorkshopParticipantGroup)
      .findBy({ workshopId: In([...workshopIds]) });
    const rank = (row: WorkshopParticipantGroup) => WORKSHOP_PARTICIPANT_KINDS.indexOf(row.kind);
    return rows.sort((a, b) => rank(a) - rank(b));
  }
}
