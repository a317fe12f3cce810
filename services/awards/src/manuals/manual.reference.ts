import type { AwardsContext } from '../context';
import type { Manual } from './manual.entity';

export const resolveManualReference = (reference: Pick<Manual, 'id'>, ctx: AwardsContext) =>
  ctx.loaders.manualById.load(reference.id);
