import { isNetworkMember, Role, type Viewer } from '@best/kit';

/**
 * Who reads every juror's scores and the jury's progress: admins (country null: every country) and
 * the coordinator of an edition's country; everyone else reads no one's (docs/access-rules.md). A
 * juror reads only their own scorecard, through `myScorecard`.
 */
export function organiserScope(viewer: Viewer): { country: string | null } | null {
  if (!isNetworkMember(viewer) || viewer.kind !== 'USER') return null;
  if (viewer.role === Role.ADMIN) return { country: null };
  if (viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode) return { country: viewer.countryCode };
  return null;
}

/** Scores stay blind until the jury has decided: nobody but their juror reads them before. */
export const SCORES_REVEALED_IN = `('DECIDED', 'ANNOUNCED')`;
