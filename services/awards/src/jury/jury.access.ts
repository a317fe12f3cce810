import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isNetworkMember, Role, type Viewer } from '@best/kit';

/**
 * The account a caller sits on juries as: a signed-in person's own id. Tokens, the public and the
 * platform never sit on a jury.
 */
export function jurorAccountOf(viewer: Viewer): string | null {
  return viewer.kind === 'USER' && isNetworkMember(viewer) && viewer.id ? viewer.id : null;
}

/** Jurors read award data by their assignments, not as the network does. */
export const readsAsJuror = (viewer: Viewer) => isNetworkMember(viewer) && viewer.role === Role.JUROR;

/**
 * SQL that is true when the caller is on the jury of the edition whose id is in `editionColumn`, or
 * null when the caller sits on no jury at all.
 */
export function callerIsOnJuryOf(
  viewer: Viewer,
  editionColumn: string,
  parameter: string,
): { sql: string; parameters: Record<string, string> } | null {
  const juror = jurorAccountOf(viewer);
  if (!juror) return null;
  return {
    sql: `EXISTS (SELECT 1 FROM jury_member seat
      WHERE seat.edition_id = ${editionColumn} AND seat.juror_account_id = :${parameter})`,
    parameters: { [parameter]: juror },
  };
}

/**
 * The rule for reading a jury (docs/access-rules.md): admins, the coordinator of the edition's
 * country, and the edition's own jurors; everyone else reads no jury. Applied in the batch's SQL.
 * Returns null when the caller can read no jury, so no statement needs to run.
 */
export function onlyVisibleJury<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string = query.alias,
): SelectQueryBuilder<T> | null {
  if (viewer.role === Role.ADMIN && isNetworkMember(viewer)) return query;
  const allowed: string[] = [];
  if (viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode) {
    allowed.push(`EXISTS (SELECT 1 FROM award_edition run
      WHERE run.id = ${alias}.edition_id AND run.country_code = :juryCoordinatedCountry)`);
    query.setParameter('juryCoordinatedCountry', viewer.countryCode);
  }
  const seated = callerIsOnJuryOf(viewer, `${alias}.edition_id`, 'juryReader');
  if (seated) {
    allowed.push(seated.sql);
    query.setParameters(seated.parameters);
  }
  return allowed.length ? query.andWhere(`(${allowed.join(' OR ')})`) : null;
}

/**
 * SQL that is true when the caller has declared no conflict of interest with the nomination whose id
 * is in `nominationColumn`. A juror's read of nominations is their seat AND this: a conflicted juror
 * no longer sees the nomination (docs/access-rules.md).
 */
export function callerHasNoConflictWith(
  viewer: Viewer,
  nominationColumn: string,
  parameter: string,
): { sql: string; parameters: Record<string, string> } | null {
  const juror = jurorAccountOf(viewer);
  if (!juror) return null;
  return {
    sql: `NOT EXISTS (SELECT 1 FROM jury_conflict declared
      WHERE declared.nomination_id = ${nominationColumn} AND declared.juror_account_id = :${parameter})`,
    parameters: { [parameter]: juror },
  };
}

/**
 * The rule for reading declared conflicts (docs/access-rules.md): admins and the coordinator of the
 * edition's country read every juror's; a juror reads their own; everyone else none. Returns null
 * when the caller reads none, so no statement needs to run.
 */
export function onlyVisibleConflicts<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string = query.alias,
): SelectQueryBuilder<T> | null {
  if (viewer.role === Role.ADMIN && isNetworkMember(viewer)) return query;
  const allowed: string[] = [];
  if (viewer.role === Role.NATIONAL_COORDINATOR && isNetworkMember(viewer) && viewer.countryCode) {
    allowed.push(`EXISTS (SELECT 1 FROM award_edition run
      WHERE run.id = ${alias}.edition_id AND run.country_code = :conflictCoordinatedCountry)`);
    query.setParameter('conflictCoordinatedCountry', viewer.countryCode);
  }
  const juror = jurorAccountOf(viewer);
  if (juror) {
    allowed.push(`${alias}.juror_account_id = :conflictOwnJuror`);
    query.setParameter('conflictOwnJuror', juror);
  }
  return allowed.length ? query.andWhere(`(${allowed.join(' OR ')})`) : null;
}
