import { Field, ObjectType } from 'type-graphql';
import { AwardEdition } from './award-edition.entity';
import { AwardEditionPhaseChange } from './award-edition-phase-change.entity';

@ObjectType()
export class CreateAwardEditionPayload {
  @Field(() => AwardEdition)
  edition: AwardEdition;
}

@ObjectType()
export class MoveAwardEditionPhasePayload {
  @Field(() => AwardEdition)
  edition: AwardEdition;

  @Field(() => AwardEditionPhaseChange, { description: 'The move just recorded in the phase history.' })
  change: AwardEditionPhaseChange;
}
