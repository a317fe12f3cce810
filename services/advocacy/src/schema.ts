import { buildFederatedSchema, type FederatedSchema } from '@best/kit';
import { InitiativeAdvocacyResolver } from './initiative/initiative-advocacy.resolver';
import { resolveInitiativeReference } from './initiative/initiative.reference';
import { WorkshopOutcomeResolver } from './workshop-outcomes/workshop-outcome.resolver';
import { resolveWorkshopOutcomeReference } from './workshop-outcomes/workshop-outcome.reference';
import { WorkshopResolver } from './workshops/workshop.resolver';
import { resolveWorkshopReference } from './workshops/workshop.reference';

/** The advocacy subgraph: workshops and their outcomes, and the outcomes that cite each initiative. */
export function buildAdvocacySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [WorkshopResolver, WorkshopOutcomeResolver, InitiativeAdvocacyResolver],
    references: {
      Workshop: { __resolveReference: resolveWorkshopReference },
      WorkshopOutcome: { __resolveReference: resolveWorkshopOutcomeReference },
      Initiative: { __resolveReference: resolveInitiativeReference },
    },
  });
}
