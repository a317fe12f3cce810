import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Account } from './account.entity';

@ObjectType()
export class AccountConnection extends ConnectionType(Account, 'Account') {}
