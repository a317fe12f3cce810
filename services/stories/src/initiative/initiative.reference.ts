import type { InitiativeStub } from './initiative.stub';

/** Nothing to load: the fields this subgraph adds need only the id. */
export const resolveInitiativeReference = (reference: Pick<InitiativeStub, 'id'>): InitiativeStub => ({
  id: reference.id,
});
