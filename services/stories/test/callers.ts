import { callerMatrix } from '@best/kit/testing';
import { RECORDING_ORGANIZATION } from './seed';

export type { CallerKey } from '@best/kit/testing';

/** A member organisation other than the one that recorded the test stories, in the same country. */
export const OTHER_ORGANIZATION = '0d000000-0000-4000-8000-0000000000b2';

/**
 * Every kind of caller the access rules tell apart, for a story of Italy recorded by
 * RECORDING_ORGANIZATION: the rows of the access matrix, named as the stories tests name them.
 */
export const { CALLERS, CALLER_NAMES, matrix } = callerMatrix({
  subject: 'story',
  countryCode: 'IT',
  organizationId: RECORDING_ORGANIZATION,
  otherOrganization: { id: OTHER_ORGANIZATION, countryCode: 'IT' },
  names: {
    coordinator: "the coordinator of the story's country",
    member: 'a member of the recording organisation',
    otherMember: 'a member of another organisation',
    readToken: 'a READ token of the recording organisation',
    writeToken: 'a WRITE token of the recording organisation',
  },
});
