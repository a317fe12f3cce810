import { Field, ObjectType } from 'type-graphql';
import { BestPractice } from './best-practice.entity';

@ObjectType({ description: 'A best practice just approved or revised.' })
export class BestPracticePayload {
  @Field(() => BestPractice)
  bestPractice: BestPractice;
}
