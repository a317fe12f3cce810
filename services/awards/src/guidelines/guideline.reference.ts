import type { AwardsContext } from '../context';
import type { Guideline } from './guideline.entity';

export const resolveGuidelineReference = (reference: Pick<Guideline, 'id'>, ctx: AwardsContext) =>
  ctx.loaders.guidelineById.load(reference.id);
