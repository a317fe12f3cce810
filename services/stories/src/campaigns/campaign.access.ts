import { coordinatesCountry, hasScope, Role, Scope, type Viewer } from '@best/kit';

/** Who creates and changes campaigns: admins (any, European ones too) and coordinators (their country's). */
export function mayManageCampaign(viewer: Viewer, countryCode: string | null): boolean {
  if (!hasScope(viewer, Scope.WRITE)) return false;
  if (viewer.role === Role.ADMIN) return true;
  return countryCode !== null && coordinatesCountry(viewer, countryCode);
}
