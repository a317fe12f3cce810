import { Field, ID, ObjectType } from 'type-graphql';
import { Story } from '../stories/story.entity';
import { Consent } from './consent.entity';

@ObjectType()
export class WithdrawConsentPayload {
  @Field(() => ID)
  storyId: string;

  @Field(() => Date)
  withdrawnAt: Date;
}

@ObjectType()
export class RecordConsentPayload {
  @Field(() => Consent)
  consent: Consent;

  @Field(() => Story)
  story: Story;

  @Field(() => String, {
    description:
      'The private code for the storyteller to withdraw this consent without an account. Shown this once: ' +
      'only its hash is kept, so hand it to the storyteller now.',
  })
  withdrawalCode: string;
}

/** Says only when: nothing about the story the code belonged to. */
@ObjectType()
export class WithdrawConsentWithCodePayload {
  @Field(() => Date)
  withdrawnAt: Date;
}
