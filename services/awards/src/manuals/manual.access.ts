import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isNetworkMember, isStaff, type Viewer } from '@best/kit';
import { isAdmin } from '../awards.access';

/** The manual is the European coordination's publication: admins write it (docs/access-rules.md). */
export const editsManuals = (viewer: Viewer): boolean => isAdmin(viewer);

/** Drafts are read by the staff who will present the manual: admins and national coordinators. */
export const readsManualDrafts = (viewer: Viewer): boolean => isNetworkMember(viewer) && isStaff(viewer);

/** Published manuals for everyone; drafts only for `readsManualDrafts`, in the same SQL. */
export function onlyVisibleManuals<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  if (readsManualDrafts(viewer)) return query;
  return query.andWhere(`${query.alias}.status = 'PUBLISHED'`);
}
