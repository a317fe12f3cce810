import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { InitiativeProposal } from './proposal.entity';

@ObjectType()
export class InitiativeProposalConnection extends ConnectionType(InitiativeProposal, 'InitiativeProposal') {}
