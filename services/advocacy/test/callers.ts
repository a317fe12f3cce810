import { Scope, viewers, type Viewer } from '@best/kit';

/** An organisation of Croatia, the country of the matrix's workshop, and one of another country. */
export const CROATIAN_ORGANIZATION = '0d000000-0000-4000-8000-0000000000a1';
export const FRENCH_ORGANIZATION = '0d000000-0000-4000-8000-0000000000b2';

/** Every kind of caller the access rules tell apart, for a Croatian workshop: the rows of the access matrix. */
export const CALLERS = {
  anonymous: viewers.anonymous(),
  admin: viewers.admin(),
  coordinator: viewers.coordinator('HR'),
  otherCoordinator: viewers.coordinator('FR'),
  member: viewers.member(CROATIAN_ORGANIZATION, 'HR'),
  otherMember: viewers.member(FRENCH_ORGANIZATION, 'FR'),
  juror: viewers.juror(),
  viewer: viewers.viewer(),
  readToken: viewers.token(CROATIAN_ORGANIZATION, 'HR', [Scope.READ]),
  writeToken: viewers.token(CROATIAN_ORGANIZATION, 'HR', [Scope.READ, Scope.WRITE]),
} satisfies Record<string, Viewer>;
export type CallerKey = keyof typeof CALLERS;

const CALLER_NAMES: Record<CallerKey, string> = {
  anonymous: 'anonymous',
  admin: 'an admin',
  coordinator: 'the coordinator of the workshop’s country',
  otherCoordinator: 'the coordinator of another country',
  member: 'a member of an organisation of the workshop’s country',
  otherMember: 'a member of an organisation of another country',
  juror: 'a juror',
  viewer: 'a read-only network viewer',
  readToken: 'a READ token of an organisation of the workshop’s country',
  writeToken: 'a WRITE token of an organisation of the workshop’s country',
};

/** Rows for `it.each`: one per caller, with what the rule expects for that caller. */
export const matrix = <T>(expected: Record<CallerKey, T>) =>
  (Object.keys(CALLERS) as CallerKey[]).map((key) => ({
    key,
    caller: CALLER_NAMES[key],
    viewer: CALLERS[key] as Viewer,
    expected: expected[key],
  }));
