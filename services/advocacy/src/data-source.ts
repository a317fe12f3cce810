import { createDataSource } from '@best/kit';
import { WorkshopOutcome } from './workshop-outcomes/workshop-outcome.entity';
import { WorkshopOutcomeInitiative } from './workshop-outcomes/workshop-outcome-initiative.entity';
import { Workshop } from './workshops/workshop.entity';
import { WorkshopParticipantGroup } from './workshops/workshop-participant-group.entity';
import { CreateWorkshops1765000000000 } from './migrations/1765000000000-CreateWorkshops';

export const advocacyEntities = [Workshop, WorkshopParticipantGroup, WorkshopOutcome, WorkshopOutcomeInitiative];
export const advocacyMigrations = [CreateWorkshops1765000000000];

export function createAdvocacyDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: advocacyEntities, migrations: advocacyMigrations, onQuery });
}
