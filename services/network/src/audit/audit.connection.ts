import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { AuditEventNode } from './audit-event.type';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventNode, 'AuditEvent') {}
