import { canReadNetwork, coordinatesCountry, type Viewer } from '@best/kit';
import { actsForOrganization, READ, WRITE } from '../network.access';
import type { Organization } from './organization.entity';

// docs/access-rules.md, network: organisations.

/** Public profile and contact details: admin, coordinator of its country, its members and WRITE tokens. */
export const canEditOrganization = (viewer: Viewer, organization: Pick<Organization, 'id' | 'countryCode'>) =>
  coordinatesCountry(viewer, organization.countryCode) || actsForOrganization(viewer, organization.id, WRITE);

/** Private contact details: admin, coordinator of its country, its members and READ tokens. */
export const canReadContactDetails = (viewer: Viewer, organization: Pick<Organization, 'id' | 'countryCode'>) =>
  coordinatesCountry(viewer, organization.countryCode) || actsForOrganization(viewer, organization.id, READ);

/** New organisations and pipeline moves: admin, coordinator of that country. */
export const canCoordinate = (viewer: Viewer, countryCode: string) => coordinatesCountry(viewer, countryCode);

/** The pipeline's history is shared with the whole network, not the public. */
export const canReadMembershipHistory = (viewer: Viewer) => canReadNetwork(viewer);
