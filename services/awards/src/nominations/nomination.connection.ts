import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Nomination } from './nomination.entity';

@ObjectType()
export class NominationConnection extends ConnectionType(Nomination, 'Nomination') {}
