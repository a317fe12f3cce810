import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '@best/kit';
import { Eligibility, NominationStatus } from './nomination.enums';

@ArgsType()
export class EditionNominationsArgs extends ConnectionArgs {
  @Field(() => NominationStatus, {
    nullable: true,
    description: 'Only nominations in this status; withdrawn ones are listed only when asked for with WITHDRAWN.',
  })
  status?: NominationStatus | null;

  @Field(() => Eligibility, { nullable: true })
  eligibility?: Eligibility | null;
}
