import { callerMatrix, viewers, type CallerKey as CommonCallerKey } from '@best/kit/testing';

/** The organisation whose member and tokens the matrix uses; it is Italian, like the matrix's editions. */
export const ITALIAN_ORGANIZATION = '0d000000-0000-4000-8000-0000000000a1';
/** A member organisation of another country. */
export const FRENCH_ORGANIZATION = '0d000000-0000-4000-8000-0000000000b2';
/** The account of the juror whom the matrix's tests put on the jury of the editions they check. */
export const ASSIGNED_JUROR = '0d000000-0000-4000-8000-0000000000c3';

/** Every kind of caller the access rules tell apart, for award data of Italy: the rows of the access matrix. */
export const { CALLERS, matrix } = callerMatrix<'assignedJuror'>({
  subject: 'edition',
  countryCode: 'IT',
  organizationId: ITALIAN_ORGANIZATION,
  otherOrganization: { id: FRENCH_ORGANIZATION, countryCode: 'FR' },
  names: { juror: 'a juror not on the edition’s jury' },
  extra: {
    assignedJuror: {
      viewer: { ...viewers.juror(ASSIGNED_JUROR), displayName: 'Assigned Juror' },
      name: 'a juror on the edition’s jury',
    },
  },
});
export type CallerKey = CommonCallerKey | 'assignedJuror';

export const EVERYONE: Record<CallerKey, boolean> = {
  anonymous: true,
  admin: true,
  coordinator: true,
  otherCoordinator: true,
  member: true,
  otherMember: true,
  juror: true,
  assignedJuror: true,
  viewer: true,
  readToken: true,
  writeToken: true,
};
export const NETWORK: Record<CallerKey, boolean> = { ...EVERYONE, anonymous: false };
/** Who reads every nomination of an edition: the network, except jurors who are not on its jury. */
export const NOMINATION_READERS: Record<CallerKey, boolean> = { ...NETWORK, juror: false };
export const ADMINS: Record<CallerKey, boolean> = Object.fromEntries(
  Object.keys(EVERYONE).map((key) => [key, key === 'admin']),
) as Record<CallerKey, boolean>;
