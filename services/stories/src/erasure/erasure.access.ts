import { canReadNetwork, hasScope, Role, Scope, type Viewer } from '@best/kit';

/** Erasure is for admins and national coordinators (of the story's country, checked on the story). */
export const mayEraseAtAll = (viewer: Viewer) =>
  canReadNetwork(viewer) &&
  hasScope(viewer, Scope.WRITE) &&
  (viewer.role === Role.ADMIN || viewer.role === Role.NATIONAL_COORDINATOR);
