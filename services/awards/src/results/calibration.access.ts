import { forbidden, isNetworkMember, unauthenticated, type Viewer } from '@best/kit';
import { organiserScope } from '../scores/scorecard.access';

/** Who reads the calibration, and whose juror rows (docs/access-rules.md). */
export interface CalibrationScope {
  /** The country whose juror rows the caller reads; null: every country's (admins). */
  jurorsOf: string | null;
}

/**
 * Admins and national coordinators calibrate: comparing the juries of every country is the point, so
 * a coordinator reads every edition's aggregates, but the per-juror rows only of their own country's
 * editions (they run that jury; other countries' jurors are not theirs to judge). Members, jurors,
 * viewers and tokens are FORBIDDEN, the public UNAUTHENTICATED.
 */
export function calibrationScopeOf(viewer: Viewer): CalibrationScope {
  if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to compare the national juries.');
  const scope = organiserScope(viewer);
  if (!scope) throw forbidden('Only admins and national coordinators compare the national juries.');
  return { jurorsOf: scope.country };
}

/** Whether the caller reads the per-juror rows of an edition of `countryCode`. */
export const readsJurorsOf = (scope: CalibrationScope, countryCode: string) =>
  scope.jurorsOf === null || scope.jurorsOf === countryCode;
