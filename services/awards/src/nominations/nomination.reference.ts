import type { AwardsContext } from '../context';
import type { Nomination } from './nomination.entity';

export const resolveNominationReference = (reference: Pick<Nomination, 'id'>, ctx: AwardsContext) =>
  ctx.loaders.nominationById.load(reference.id);
