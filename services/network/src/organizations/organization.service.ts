import { In } from 'typeorm';
import { isUuid, paginate, type Connection } from '@best/kit';
import type { NetworkContext } from '../context';
import { Organization } from './organization.entity';
import { MembershipChange } from './membership-change.entity';
import type { OrganizationsArgs } from './organization.args';

export class OrganizationService {
  constructor(private readonly ctx: NetworkContext) {}

  byId(id: string): Promise<Organization | null> {
    return this.ctx.loaders.organizationById.load(id);
  }

  list(args: OrganizationsArgs): Promise<Connection<Organization>> {
    const query = this.ctx.dataSource.getRepository(Organization).createQueryBuilder('organization');
    if (args.countryCode)
      query.andWhere('organization.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.membershipStage) query.andWhere('organization.membership_stage = :stage', { stage: args.membershipStage });
    if (args.kind) query.andWhere('organization.kind = :kind', { kind: args.kind });
    return paginate(query, args, { column: 'organization.name', value: (o) => o.name });
  }

  history(organizationId: string): Promise<MembershipChange[]> {
    return this.ctx.dataSource
      .getRepository(MembershipChange)
      .find({ where: { organizationId }, order: { changedAt: 'ASC' } });
  }

  static loadMany(ctx: Pick<NetworkContext, 'dataSource'>, ids: readonly string[]): Promise<Organization[]> {
    // A malformed id cannot match a row and must not reach PostgreSQL as a uuid.
    return ctx.dataSource.getRepository(Organization).findBy({ id: In(ids.filter(isUuid)) });
  }
}
