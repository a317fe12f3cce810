import { defineSubgraph, type Viewer } from '@best/kit';
import type { DataSource } from 'typeorm';
import { CreateWorkshops1765000000000 } from './migrations/1765000000000-CreateWorkshops';
import { buildAdvocacySchema } from './schema';
import { seedAdvocacyDemo } from './seed/demo-seed';
import { WorkshopOutcome } from './workshop-outcomes/workshop-outcome.entity';
import { WorkshopOutcomeInitiative } from './workshop-outcomes/workshop-outcome-initiative.entity';
import { workshopOutcomeLoaders } from './workshop-outcomes/workshop-outcome.loaders';
import { Workshop } from './workshops/workshop.entity';
import { WorkshopParticipantGroup } from './workshops/workshop-participant-group.entity';
import { workshopLoaders } from './workshops/workshop.loaders';

/** The advocacy subgraph: workshops and their outcomes, and the outcomes that cite each initiative. */
export const advocacySubgraph = defineSubgraph({
  name: 'advocacy',
  defaultPort: 4004,
  entities: [Workshop, WorkshopParticipantGroup, WorkshopOutcome, WorkshopOutcomeInitiative],
  migrations: [CreateWorkshops1765000000000],
  buildSchema: buildAdvocacySchema,
  createLoaders: (dataSource: DataSource, viewer: Viewer) => ({
    ...workshopLoaders(dataSource, viewer),
    ...workshopOutcomeLoaders(dataSource, viewer),
  }),
  seedDemo: seedAdvocacyDemo,
});
