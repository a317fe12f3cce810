import { ArgsType, Field, ID } from 'type-graphql';
import { IsDate, Matches } from 'class-validator';
import { AUDIT_ACTION_PATTERN, ConnectionArgs } from '@best/kit';

@ArgsType()
export class StoryAuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. STORYTELLER_READ.' })
  @Matches(AUDIT_ACTION_PATTERN, { message: 'must be an action name such as STORYTELLER_READ' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this account or token did.' })
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'must be an account or token id' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only events at or after this moment.' })
  @IsDate()
  since?: Date | null;
}
