import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Initiative } from './initiative.entity';

@ObjectType()
export class InitiativeConnection extends ConnectionType(Initiative, 'Initiative') {}
