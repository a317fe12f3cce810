import type { Viewer } from '@best/kit';
import { isAdmin } from '../awards.access';

/**
 * Guidelines are the European criteria every national award judges by, so only the European
 * coordination (admins) drafts, revises and publishes them (docs/access-rules.md).
 */
export const draftsGuidelines = (viewer: Viewer): boolean => isAdmin(viewer);

/** A draft is work in progress of the same admins: to everyone else it does not exist. */
export const readsGuidelineDrafts = (viewer: Viewer): boolean => isAdmin(viewer);
