import { Field, ID, ObjectType } from 'type-graphql';
import { Initiative } from '../initiatives/initiative.entity';
import { InitiativeProposal } from './proposal.entity';

@ObjectType({ description: 'The receipt of a proposal. Its content is not sent back: it is not public yet.' })
export class ProposeInitiativePayload {
  @Field(() => ID, { description: 'A reference to quote when asking about the proposal.' })
  proposalId: string;

  @Field(() => Date)
  receivedAt: Date;
}

@ObjectType()
export class ReviewProposalPayload {
  @Field(() => InitiativeProposal)
  proposal: InitiativeProposal;

  @Field(() => Initiative, { description: 'Now LISTED or DECLINED.' })
  initiative: Initiative;
}
