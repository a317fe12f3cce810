import type { NetworkContext } from '../context';
import type { Initiative } from './initiative.entity';
import { InitiativeService } from './initiative.service';

/** Batched through the request's loader; a proposal outside the caller's reach resolves to null. */
export const resolveInitiativeReference = (reference: Pick<Initiative, 'id'>, ctx: NetworkContext) =>
  new InitiativeService(ctx).byId(reference.id);
