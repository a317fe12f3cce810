import { Field, ObjectType } from 'type-graphql';
import { Nomination } from './nomination.entity';

@ObjectType()
export class SubmitNominationPayload {
  @Field(() => Nomination)
  nomination: Nomination;
}

@ObjectType()
export class ScreenNominationPayload {
  @Field(() => Nomination, { description: 'The nomination with its new eligibility, status and checks.' })
  nomination: Nomination;
}

@ObjectType()
export class ShortlistNominationPayload {
  @Field(() => Nomination)
  nomination: Nomination;
}

@ObjectType()
export class WithdrawNominationPayload {
  @Field(() => Nomination)
  nomination: Nomination;
}
