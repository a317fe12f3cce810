import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AuditEvent } from '@best/kit';
import type { NetworkContext } from '../context';
import { AuditActor, AuditActorKind, AuditEventNode } from './audit-event.type';
import { AuditEventsArgs } from './audit.args';
import { AuditEventConnection } from './audit.connection';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventNode)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, {
    description:
      'Who signed in, changed access or read personal data, newest first. Admins only (others get an empty list).',
  })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: NetworkContext) {
    return new AuditService(ctx).list(args);
  }

  @FieldResolver(() => AuditActor)
  actor(@Root() event: AuditEvent): AuditActor {
    return {
      kind: event.actorKind as AuditActorKind,
      id: event.actorId,
      displayName: event.actorDisplayName,
    };
  }
}
