import type { AwardsContext } from '../context';
import type { BestPractice } from './best-practice.entity';

export const resolveBestPracticeReference = (reference: Pick<BestPractice, 'id'>, ctx: AwardsContext) =>
  ctx.loaders.bestPracticeById.load(reference.id);
