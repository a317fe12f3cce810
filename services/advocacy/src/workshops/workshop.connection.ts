import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Workshop } from './workshop.entity';

@ObjectType()
export class WorkshopConnection extends ConnectionType(Workshop, 'Workshop') {}
