import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { MembershipChange } from './membership-change.entity';

@ObjectType()
export class MembershipChangeConnection extends ConnectionType(MembershipChange, 'MembershipChange') {}
