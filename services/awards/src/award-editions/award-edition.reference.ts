import type { AwardsContext } from '../context';
import type { AwardEdition } from './award-edition.entity';

export const resolveAwardEditionReference = (reference: Pick<AwardEdition, 'id'>, ctx: AwardsContext) =>
  ctx.loaders.editionById.load(reference.id);
