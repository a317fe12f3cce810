import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import { IsoDate, IsUuid, SafeText } from '@best/kit';
import { FollowUpStatus, WorkshopOutcomeKind } from './workshop-outcome.enums';

/** Most outcomes cite a handful of initiatives; a longer list is a mistake or an abuse. */
export const MAX_CITED_INITIATIVES = 20;

@InputType({ description: 'An outcome of a workshop, as written down by staff after it.' })
export class RecordWorkshopOutcomeInput {
  @Field(() => ID)
  @IsUuid()
  workshopId: string;

  @Field(() => WorkshopOutcomeKind)
  kind: WorkshopOutcomeKind;

  @Field(() => String, { description: 'The outcome in a sentence or a short paragraph (at most 2000 characters).' })
  @SafeText(2000, { min: 1 })
  text: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: `Initiatives the outcome cites, at most ${MAX_CITED_INITIATIVES}.`,
  })
  @ArrayMaxSize(MAX_CITED_INITIATIVES)
  @IsUuid({ each: true })
  initiativeIds: string[];

  @Field(() => FollowUpStatus, { defaultValue: FollowUpStatus.OPEN })
  followUpStatus: FollowUpStatus;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD), not before the workshop starts.' })
  @IsoDate()
  followUpDue?: string | null;
}
