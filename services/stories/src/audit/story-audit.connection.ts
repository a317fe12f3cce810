import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { StoryAuditEventNode } from './story-audit-event.type';

@ObjectType()
export class StoryAuditEventConnection extends ConnectionType(StoryAuditEventNode, 'StoryAuditEvent') {}
