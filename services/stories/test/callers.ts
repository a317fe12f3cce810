import { Scope, viewers, type Viewer } from '@best/kit';
import { RECORDING_ORGANIZATION } from './seed';

/** A member organisation other than the one that recorded the test stories, in the same country. */
export const OTHER_ORGANIZATION = '0d000000-0000-4000-8000-0000000000b2';

/**
 * Every kind of caller the access rules tell apart, for a story of Italy recorded by
 * RECORDING_ORGANIZATION: the rows of the access matrix.
 */
export const CALLERS = {
  anonymous: viewers.anonymous(),
  admin: viewers.admin(),
  coordinator: viewers.coordinator('IT'),
  otherCoordinator: viewers.coordinator('FR'),
  member: viewers.member(RECORDING_ORGANIZATION, 'IT'),
  otherMember: viewers.member(OTHER_ORGANIZATION, 'IT'),
  juror: viewers.juror(),
  viewer: viewers.viewer(),
  readToken: viewers.token(RECORDING_ORGANIZATION, 'IT', [Scope.READ]),
  writeToken: viewers.token(RECORDING_ORGANIZATION, 'IT', [Scope.READ, Scope.WRITE]),
} satisfies Record<string, Viewer>;
export type CallerKey = keyof typeof CALLERS;

export const CALLER_NAMES: Record<CallerKey, string> = {
  anonymous: 'anonymous',
  admin: 'an admin',
  coordinator: "the coordinator of the story's country",
  otherCoordinator: 'the coordinator of another country',
  member: 'a member of the recording organisation',
  otherMember: 'a member of another organisation',
  juror: 'a juror',
  viewer: 'a read-only network viewer',
  readToken: 'a READ token of the recording organisation',
  writeToken: 'a WRITE token of the recording organisation',
};

/** Rows for `it.each`: one per caller, with what the rule expects for that caller. */
export const matrix = <T>(expected: Record<CallerKey, T>) =>
  (Object.keys(CALLERS) as CallerKey[]).map((key) => ({
    key,
    caller: CALLER_NAMES[key],
    viewer: CALLERS[key] as Viewer,
    expected: expected[key],
  }));
