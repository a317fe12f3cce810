import { AuditEvent, paginate, type Connection } from '@best/kit';
import type { NetworkContext } from '../context';
import { canReadAuditLog } from './audit.access';
import type { AuditEventsArgs } from './audit.args';

export class AuditService {
  constructor(private readonly ctx: NetworkContext) {}

  /** The audit log, newest first: admins only; anyone else gets an empty list. */
  list(args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    const { viewer } = this.ctx;
    const query = this.ctx.dataSource.getRepository(AuditEvent).createQueryBuilder('audit_event');
    if (!canReadAuditLog(viewer)) query.andWhere('false');
    if (args.action) query.andWhere('audit_event.action = :action', { action: args.action });
    if (args.actorId) query.andWhere('audit_event.actor_id = :actorId', { actorId: args.actorId });
    if (args.since) query.andWhere('audit_event.at >= :since', { since: args.since });
    return paginate(query, args, { column: 'audit_event.at', value: (e) => e.at, direction: 'DESC' });
  }
}
