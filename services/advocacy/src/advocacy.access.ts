import {
  canReadNetwork,
  coordinatesCountry,
  forbidden,
  hasScope,
  isNetworkMember,
  isStaff,
  Scope,
  unauthenticated,
  type Viewer,
} from '@best/kit';

/**
 * Workshops and their outcomes are the network's working material (docs/access-rules.md): the
 * public gets nothing of them, as if there were none.
 */
export const readsWorkshops = (viewer: Viewer) => canReadNetwork(viewer);

/**
 * Refuses a change to a country's workshops unless the caller is an admin or that country's
 * coordinator: UNAUTHENTICATED for the public, FORBIDDEN for everyone else. Without a country (the
 * workshop is not loaded yet) it refuses only those who could never be allowed.
 */
export function requireToChangeWorkshopsOf(viewer: Viewer, countryCode?: string): void {
  if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to change workshops and their outcomes.');
  const allowed = countryCode === undefined ? isStaff(viewer) : coordinatesCountry(viewer, countryCode);
  if (!allowed || !hasScope(viewer, Scope.WRITE)) {
    throw forbidden("Only admins and the coordinator of the workshop's country change its outcomes.");
  }
}
