import type { AdvocacyContext } from '../context';
import type { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';

export const resolveWorkshopReference = (reference: Pick<Workshop, 'id'>, ctx: AdvocacyContext) =>
  new WorkshopService(ctx).byId(reference.id);
