import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { SafeText } from '@best/kit';

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID()
  storyId: string;

  @Field(() => String, { description: 'Why consent was withdrawn, as the storyteller or guardian said it.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}

@ObjectType()
export class WithdrawConsentPayload {
  @Field(() => ID)
  storyId: string;

  @Field(() => Date)
  withdrawnAt: Date;
}
