import { Field, ObjectType } from 'type-graphql';
import { WorkshopOutcome } from './workshop-outcome.entity';

@ObjectType()
export class RecordWorkshopOutcomePayload {
  @Field(() => WorkshopOutcome)
  outcome: WorkshopOutcome;
}
