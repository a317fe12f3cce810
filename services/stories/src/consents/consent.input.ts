import { Field, ID, InputType } from 'type-graphql';
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
