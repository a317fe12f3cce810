import { Field, ObjectType } from 'type-graphql';
import { Scorecard } from './scorecard.entity';

@ObjectType()
export class SaveScoresPayload {
  @Field(() => Scorecard, { description: "The caller's draft with every score saved so far." })
  scorecard: Scorecard;
}

@ObjectType()
export class SubmitScorecardPayload {
  @Field(() => Scorecard)
  scorecard: Scorecard;
}
