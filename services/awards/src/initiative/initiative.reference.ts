import type { InitiativeStub } from './initiative.stub';

// Only the key is needed to resolve this subgraph's fields of an initiative: no database read.
export const resolveInitiativeReference = (reference: Pick<InitiativeStub, 'id'>): InitiativeStub => ({
  id: reference.id,
});
