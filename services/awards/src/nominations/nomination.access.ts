import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canReadNetwork, hasScope, isNetworkMember, isStaff, Role, Scope, type Viewer } from '@best/kit';
import { callerHasNoConflictWith, callerIsOnJuryOf, readsAsJuror } from '../jury/jury.access';

/**
 * The one rule for reading nominations (docs/access-rules.md): the network reads every nomination,
 * except jurors, who read the nominations of the editions they are on the jury of, never a withdrawn
 * one nor one they have a conflict with (declared or detected), and members, who do not read one
 * they have a conflict with either (as jurors of an edition); everyone reads
 * the winners and finalists of editions whose results are ANNOUNCED, so a decision is never seen
 * before it is announced. Every read (by id, per initiative, per edition, entity references)
 * applies it in its SQL.
 */
export function onlyVisibleNominations<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string = query.alias,
): SelectQueryBuilder<T> {
  const announced = `(${alias}.status IN ('WINNER', 'FINALIST') AND EXISTS (
      SELECT 1 FROM award_edition announced
      WHERE announced.id = ${alias}.edition_id AND announced.phase = 'ANNOUNCED'))`;
  const unconflicted = callerHasNoConflictWith(viewer, `${alias}.id`, 'nominationUnconflicted');
  if (canReadNetwork(viewer) && !readsAsJuror(viewer)) {
    // A member sitting on a jury (their organisation's conflicts are detected) loses sight of the
    // nominations they are conflicted with, like a juror; staff organise the award and read them all.
    if (isStaff(viewer) || !unconflicted) return query;
    return query.andWhere(`(${unconflicted.sql} OR ${announced})`, unconflicted.parameters);
  }
  const seated = readsAsJuror(viewer) ? callerIsOnJuryOf(viewer, `${alias}.edition_id`, 'nominationJuror') : null;
  if (!seated || !unconflicted) return query.andWhere(announced);
  return query.andWhere(
    `((${seated.sql} AND ${unconflicted.sql} AND ${alias}.status <> 'WITHDRAWN') OR ${announced})`,
    {
      ...seated.parameters,
      ...unconflicted.parameters,
    },
  );
}

/** Roles that nominate (and so withdraw); jurors judge and viewers only read. */
export const NOMINATING_ROLES: ReadonlySet<Role> = new Set([
  Role.ADMIN,
  Role.NATIONAL_COORDINATOR,
  Role.ORGANIZATION_MEMBER,
]);

/**
 * Who may withdraw a nomination: its nominator. A nomination submitted for an organisation (by a
 * member or a token of it) is the organisation's: anyone who writes for it now withdraws it (the
 * person who typed it, a colleague, its WRITE token), and nobody who has left it. One submitted
 * without an organisation (an admin, a coordinator) is withdrawn by the same account only. Jurors and viewers never do; admins and coordinators who did
 * not nominate it screen it instead.
 */
export function isNominatorOf(
  viewer: Viewer,
  nomination: { nominatorAccountId: string | null; nominatorOrganizationId: string | null },
): boolean {
  if (!isNetworkMember(viewer) || !NOMINATING_ROLES.has(viewer.role!) || !hasScope(viewer, Scope.WRITE)) return false;
  if (nomination.nominatorOrganizationId) return viewer.organizationId === nomination.nominatorOrganizationId;
  return !!viewer.id && nomination.nominatorAccountId === viewer.id;
}
