import { callerMatrix } from '@best/kit/testing';

/** An organisation of Croatia, the country of the matrix's workshop, and one of another country. */
export const CROATIAN_ORGANIZATION = '0d000000-0000-4000-8000-0000000000a1';
export const FRENCH_ORGANIZATION = '0d000000-0000-4000-8000-0000000000b2';

/** Every kind of caller the access rules tell apart, for a Croatian workshop: the rows of the access matrix. */
export const { CALLERS, matrix } = callerMatrix({
  subject: 'workshop',
  countryCode: 'HR',
  organizationId: CROATIAN_ORGANIZATION,
  otherOrganization: { id: FRENCH_ORGANIZATION, countryCode: 'FR' },
});
export type CallerKey = keyof typeof CALLERS;
