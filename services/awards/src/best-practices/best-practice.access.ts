import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canReadNetwork, type Viewer } from '@best/kit';
import { isAdmin } from '../awards.access';
import { onlyVisibleNominations } from '../nominations/nomination.access';
import { Nomination } from '../nominations/nomination.entity';

/**
 * Best practices are chosen at European level, so only the European coordination (admins) approves
 * and revises them (docs/access-rules.md).
 */
export const approvesBestPractices = (viewer: Viewer): boolean => isAdmin(viewer);

/** Who approved a best practice is the network's to know, as who moved an edition's phase is. */
export const readsApprover = (viewer: Viewer): boolean => canReadNetwork(viewer);

/**
 * A best practice is read by whoever may read the nomination it was approved from: approving a
 * winner of an edition that is DECIDED but not yet ANNOUNCED must not tell the public who won. The
 * nomination rule (`onlyVisibleNominations`) runs in the same SQL on the joined nomination.
 */
export function onlyVisibleBestPractices<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  query.innerJoin(Nomination, 'bestPracticeNomination', `bestPracticeNomination.id = ${query.alias}.nomination_id`);
  return onlyVisibleNominations(query, viewer, 'bestPracticeNomination');
}
