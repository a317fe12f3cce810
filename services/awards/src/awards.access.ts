import {
  coordinatesCountry,
  forbidden,
  hasScope,
  isNetworkMember,
  Role,
  Scope,
  unauthenticated,
  type Viewer,
} from '@best/kit';

/**
 * Refuses a change the caller may not make: UNAUTHENTICATED for the public, FORBIDDEN for the
 * network (docs/access-rules.md). `allowed` is asked only of a signed-in caller.
 */
export function requireToChange(viewer: Viewer, allowed: (viewer: Viewer) => boolean, refusal: string): void {
  if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to change award data.');
  if (!hasScope(viewer, Scope.WRITE) || !allowed(viewer)) throw forbidden(refusal);
}

export const isAdmin = (viewer: Viewer) => isNetworkMember(viewer) && viewer.role === Role.ADMIN;

/** Award editions are run by admins and by the coordinator of the edition's country. */
export const runsEditionsOf = (countryCode: string) => (viewer: Viewer) => coordinatesCountry(viewer, countryCode);
