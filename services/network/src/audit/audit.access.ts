import { Role, type Viewer } from '@best/kit';

/** The audit log is for admins, as people (a token never reads it). */
export const canReadAuditLog = (viewer: Viewer) =>
  (viewer.kind === 'USER' || viewer.kind === 'SYSTEM') && viewer.role === Role.ADMIN;
