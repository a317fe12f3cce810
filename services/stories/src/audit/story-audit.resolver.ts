import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AuditEvent } from '@best/kit';
import type { StoriesContext } from '../context';
import { AuditActorKind, StoryAuditActor, StoryAuditEventNode } from './story-audit-event.type';
import { StoryAuditEventsArgs } from './story-audit.args';
import { StoryAuditEventConnection } from './story-audit.connection';
import { StoryAuditService } from './story-audit.service';

@Resolver(() => StoryAuditEventNode)
export class StoryAuditEventResolver {
  @Query(() => StoryAuditEventConnection, {
    description:
      "Who was given storytellers' personal data (consent evidence, stories the public does not see), newest " +
      'first. Admins only (others get an empty list).',
  })
  storyAuditEvents(@Args(() => StoryAuditEventsArgs) args: StoryAuditEventsArgs, @Ctx() ctx: StoriesContext) {
    return new StoryAuditService(ctx).list(args);
  }

  @FieldResolver(() => StoryAuditActor)
  actor(@Root() event: AuditEvent): StoryAuditActor {
    return {
      kind: event.actorKind as AuditActorKind,
      id: event.actorId,
      displayName: event.actorDisplayName,
    };
  }
}
