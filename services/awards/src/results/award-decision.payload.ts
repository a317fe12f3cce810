import { Field, ObjectType } from 'type-graphql';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhaseChange } from '../award-editions/award-edition-phase-change.entity';
import { AwardDecision } from './award-decision.entity';

@ObjectType()
export class RecordAwardDecisionPayload {
  @Field(() => AwardEdition, { description: 'The edition, now DECIDED.' })
  edition: AwardEdition;

  @Field(() => AwardDecision)
  decision: AwardDecision;

  @Field(() => AwardEditionPhaseChange, { description: 'The move to DECIDED, recorded in the phase history.' })
  change: AwardEditionPhaseChange;
}
