import type { DataSource } from 'typeorm';
import { WorkshopOutcome } from '../workshop-outcomes/workshop-outcome.entity';
import { WorkshopOutcomeInitiative } from '../workshop-outcomes/workshop-outcome-initiative.entity';
import { Workshop } from '../workshops/workshop.entity';
import { WorkshopParticipantGroup } from '../workshops/workshop-participant-group.entity';
import { demoWorkshops } from './demo-workshops';

/** Loads the demo workshops of 2017 and their outcomes into an empty database. */
export async function seedAdvocacyDemo(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(Workshop).count()) > 0) return;
  const workshops = demoWorkshops();
  const outcomes = workshops.flatMap((w) => w.outcomes);
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Workshop).insert(
      workshops.map(({ participants: _participants, outcomes: _outcomes, ...workshop }) => ({
        ...workshop,
        updatedAt: workshop.createdAt,
      })),
    );
    await tx
      .getRepository(WorkshopParticipantGroup)
      .insert(workshops.flatMap((w) => w.participants.map((group) => ({ workshopId: w.id, ...group }))));
    await tx
      .getRepository(WorkshopOutcome)
      .insert(
        outcomes.map(({ initiativeIds: _initiativeIds, ...outcome }) => ({ ...outcome, updatedAt: outcome.createdAt })),
      );
    await tx
      .getRepository(WorkshopOutcomeInitiative)
      .insert(
        outcomes.flatMap((o) =>
          o.initiativeIds.map((initiativeId, position) => ({ outcomeId: o.id, initiativeId, position })),
        ),
      );
  });
}
