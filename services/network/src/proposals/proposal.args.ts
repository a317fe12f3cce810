import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, CountryCode } from '@best/kit';
import { ProposalState } from './proposal.enums';

@ArgsType()
export class InitiativeProposalsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @CountryCode()
  countryCode?: string | null;

  @Field(() => ProposalState, { nullable: true, description: 'PENDING when left out.' })
  state?: ProposalState | null;
}
