import { Field, ObjectType } from 'type-graphql';
import { Nomination } from './nomination.entity';

@ObjectType()
export class SubmitNominationPayload {
  @Field(() => Nomination)
  nomination: Nomination;
}
