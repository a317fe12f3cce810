import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsDate, IsOptional, MaxLength } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';
import { ConsentChannel, ConsentGiver, ConsentScope } from './consent.enums';

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUuid()
  storyId: string;

  @Field(() => String, { description: 'Why consent was withdrawn, as the storyteller or guardian said it.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}

@InputType({ description: 'A consent as staff record it from the signed form or the recording.' })
export class RecordConsentInput {
  @Field(() => ID)
  @IsUuid()
  storyId: string;

  @Field(() => ConsentGiver, { description: "The storyteller, or for a minor's story their guardian." })
  givenBy: ConsentGiver;

  @Field(() => Date, { description: 'When consent was given (not in the future).' })
  @IsDate()
  givenAt: Date;

  @Field(() => ConsentScope)
  scope: ConsentScope;

  @Field(() => [ConsentChannel], {
    nullable: true,
    description: 'Where the story may be published; none for INTERNAL scope.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  channels?: ConsentChannel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to false; refused for a storyteller at risk.' })
  mayShowName?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to false; refused for a storyteller at risk.' })
  mayShowImage?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'After this moment the story is hidden everywhere.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => String, { description: 'Where the signed form or recording is kept (a reference, not the document).' })
  @SafeText(500, { min: 1 })
  evidenceReference: string;
}

@InputType()
export class WithdrawConsentWithCodeInput {
  @Field(() => String, {
    description:
      'The private code the storyteller received, e.g. 7KQ2-XM9D-4T1P-HV0C-88RZ (case, spaces and dashes do not matter).',
  })
  @MaxLength(100, { message: 'A withdrawal code has 20 letters and digits.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Why, if the storyteller wants to say; nobody asks.' })
  @SafeText(1000)
  reason?: string | null;
}
