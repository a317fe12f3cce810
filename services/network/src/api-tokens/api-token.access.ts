import { Role, Scope, coordinatesCountry, hasScope, type Viewer } from '@best/kit';

/** Read: admin; coordinator of the organisation's country; members (and READ tokens) of that organisation. */
export function canReadApiTokens(viewer: Viewer, organization: { id: string; countryCode: string }): boolean {
  if (viewer.kind === 'ANONYMOUS') return false;
  if (viewer.kind !== 'TOKEN' && coordinatesCountry(viewer, organization.countryCode)) return true;
  return (
    viewer.role === Role.ORGANIZATION_MEMBER &&
    viewer.organizationId === organization.id &&
    hasScope(viewer, Scope.READ)
  );
}

/** Create and revoke: admin; coordinator of the organisation's country. Never a token. */
export function canManageApiTokens(viewer: Viewer, organization: { countryCode: string }): boolean {
  return (viewer.kind === 'USER' || viewer.kind === 'SYSTEM') && coordinatesCountry(viewer, organization.countryCode);
}

/** May this caller manage any token at all (checked before looking anything up)? */
export const managesApiTokens = (viewer: Viewer) =>
  (viewer.kind === 'USER' || viewer.kind === 'SYSTEM') &&
  (viewer.role === Role.ADMIN || viewer.role === Role.NATIONAL_COORDINATOR);
