import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { WorkshopOutcome } from './workshop-outcome.entity';

@ObjectType()
export class WorkshopOutcomeConnection extends ConnectionType(WorkshopOutcome, 'WorkshopOutcome') {}
