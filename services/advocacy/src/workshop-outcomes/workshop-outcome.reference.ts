import type { AdvocacyContext } from '../context';
import type { WorkshopOutcome } from './workshop-outcome.entity';
import { WorkshopOutcomeService } from './workshop-outcome.service';

export const resolveWorkshopOutcomeReference = (reference: Pick<WorkshopOutcome, 'id'>, ctx: AdvocacyContext) =>
  new WorkshopOutcomeService(ctx).byId(reference.id);
