import { registerEnumType } from 'type-graphql';

export enum ProposalState {
  PENDING = 'PENDING',
  LISTED = 'LISTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ProposalState, {
  name: 'ProposalState',
  description: 'Where a proposal stands: waiting for review, listed, or declined.',
});

/** Who sent a proposal, as the campaign had it: a nomination by anyone, or a self-description. */
export enum ProposerRelation {
  SELF = 'SELF',
  NOMINATOR = 'NOMINATOR',
}
registerEnumType(ProposerRelation, {
  name: 'ProposerRelation',
  description: 'Who proposes the initiative.',
  valuesConfig: {
    SELF: { description: 'The initiative describes itself (the national questionnaire).' },
    NOMINATOR: { description: 'Someone else nominates it (the public nomination form).' },
  },
});

export enum ReviewDecision {
  LIST = 'LIST',
  DECLINE = 'DECLINE',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
