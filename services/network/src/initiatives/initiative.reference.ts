import type { NetworkContext } from '../context';
import type { Initiative } from './initiative.entity';

export const resolveInitiativeReference = (reference: Pick<Initiative, 'id'>, ctx: NetworkContext) =>
  ctx.loaders.initiativeById.load(reference.id);
