import { Scope, viewers, type Viewer } from '@best/kit';

/** The organisation whose member and tokens the matrix uses; it is Italian, like the matrix's editions. */
export const ITALIAN_ORGANIZATION = '0d000000-0000-4000-8000-0000000000a1';
/** A member organisation of another country. */
export const FRENCH_ORGANIZATION = '0d000000-0000-4000-8000-0000000000b2';
/** The account of the juror whom the matrix's tests put on the jury of the editions they check. */
export const ASSIGNED_JUROR = '0d000000-0000-4000-8000-0000000000c3';

/** Every kind of caller the access rules tell apart, for award data of Italy: the rows of the access matrix. */
export const CALLERS = {
  anonymous: viewers.anonymous(),
  admin: viewers.admin(),
  coordinator: viewers.coordinator('IT'),
  otherCoordinator: viewers.coordinator('FR'),
  member: viewers.member(ITALIAN_ORGANIZATION, 'IT'),
  otherMember: viewers.member(FRENCH_ORGANIZATION, 'FR'),
  juror: viewers.juror(),
  assignedJuror: { ...viewers.juror(ASSIGNED_JUROR), displayName: 'Assigned Juror' },
  viewer: viewers.viewer(),
  readToken: viewers.token(ITALIAN_ORGANIZATION, 'IT', [Scope.READ]),
  writeToken: viewers.token(ITALIAN_ORGANIZATION, 'IT', [Scope.READ, Scope.WRITE]),
} satisfies Record<string, Viewer>;
export type CallerKey = keyof typeof CALLERS;

const CALLER_NAMES: Record<CallerKey, string> = {
  anonymous: 'anonymous',
  admin: 'an admin',
  coordinator: 'the coordinator of the edition’s country',
  otherCoordinator: 'the coordinator of another country',
  member: 'a member of an organisation of the edition’s country',
  otherMember: 'a member of an organisation of another country',
  juror: 'a juror not on the edition’s jury',
  assignedJuror: 'a juror on the edition’s jury',
  viewer: 'a read-only network viewer',
  readToken: 'a READ token of an organisation of the edition’s country',
  writeToken: 'a WRITE token of an organisation of the edition’s country',
};

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

/** Rows for `it.each`: one per caller, with what the rule expects for that caller. */
export const matrix = <T>(expected: Record<CallerKey, T>) =>
  (Object.keys(CALLERS) as CallerKey[]).map((key) => ({
    key,
    caller: CALLER_NAMES[key],
    viewer: CALLERS[key] as Viewer,
    expected: expected[key],
  }));
