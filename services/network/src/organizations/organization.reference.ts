import type { NetworkContext } from '../context';
import type { Organization } from './organization.entity';

export const resolveOrganizationReference = (reference: Pick<Organization, 'id'>, ctx: NetworkContext) =>
  ctx.loaders.organizationById.load(reference.id);
