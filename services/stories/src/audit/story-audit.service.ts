import { AuditEvent, Role, paginate, type Connection } from '@best/kit';
import type { StoriesContext } from '../context';
import type { StoryAuditEventsArgs } from './story-audit.args';

export class StoryAuditService {
  constructor(private readonly ctx: StoriesContext) {}

  /** The stories audit log, newest first: admins only; anyone else gets an empty list. */
  list(args: StoryAuditEventsArgs): Promise<Connection<AuditEvent>> {
    const { viewer } = this.ctx;
    const query = this.ctx.dataSource.getRepository(AuditEvent).createQueryBuilder('audit_event');
    if (!((viewer.kind === 'USER' || viewer.kind === 'SYSTEM') && viewer.role === Role.ADMIN)) query.andWhere('false');
    if (args.action) query.andWhere('audit_event.action = :action', { action: args.action });
    if (args.actorId) query.andWhere('audit_event.actor_id = :actorId', { actorId: args.actorId });
    if (args.since) query.andWhere('audit_event.at >= :since', { since: args.since });
    return paginate(query, args, { column: 'audit_event.at', value: (e) => e.at, direction: 'DESC' });
  }
}
