import { initiativeStub, type InitiativeStub } from './initiative.stub';

// Nothing to load: every field this subgraph adds to Initiative is resolved from the id alone.
export const resolveInitiativeReference = (reference: Pick<InitiativeStub, 'id'>) => initiativeStub(reference.id);
