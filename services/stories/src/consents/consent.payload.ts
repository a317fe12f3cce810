import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class WithdrawConsentPayload {
  @Field(() => ID)
  storyId: string;

  @Field(() => Date)
  withdrawnAt: Date;
}
