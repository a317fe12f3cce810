import { In } from 'typeorm';
import { isUuid, paginate, type Connection } from '@best/kit';
import type { NetworkContext } from '../context';
import { Initiative } from './initiative.entity';
import type { InitiativesArgs } from './initiative.args';

export class InitiativeService {
  constructor(private readonly ctx: NetworkContext) {}

  byId(id: string): Promise<Initiative | null> {
    return this.ctx.loaders.initiativeById.load(id);
  }

  list(args: InitiativesArgs): Promise<Connection<Initiative>> {
    const query = this.ctx.dataSource.getRepository(Initiative).createQueryBuilder('initiative');
    if (args.search?.trim()) {
      query.andWhere(
        "(initiative.title || ' ' || initiative.summary || ' ' || coalesce(initiative.city, '')) ILIKE :search",
        { search: `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    if (args.countryCode)
      query.andWhere('initiative.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.organizationId) query.andWhere('initiative.organization_id = :org', { org: args.organizationId });
    if (args.targetGroup) query.andWhere(':group = ANY(initiative.target_groups)', { group: args.targetGroup });
    if (args.activity) query.andWhere(':activity = ANY(initiative.activities)', { activity: args.activity });
    if (args.status) query.andWhere('initiative.status = :status', { status: args.status });
    return paginate(query, args, { column: 'initiative.title', value: (i) => i.title });
  }

  static loadMany(ctx: Pick<NetworkContext, 'dataSource'>, ids: readonly string[]): Promise<Initiative[]> {
    // A malformed id cannot match a row and must not reach PostgreSQL as a uuid.
    return ctx.dataSource.getRepository(Initiative).findBy({ id: In(ids.filter(isUuid)) });
  }
}
