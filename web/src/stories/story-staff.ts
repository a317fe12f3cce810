import type { SignedInViewer } from '../viewer/viewer-query';

type Viewer = SignedInViewer | null | undefined;

/**
 * Who works on stories in the client: admins, national coordinators and organisation members.
 * The server decides every read and change (docs/access-rules.md); the client only avoids offering
 * pages and buttons to people it would refuse anyway.
 */
export const isStoryStaff = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR' || viewer?.role === 'ORGANIZATION_MEMBER';

/** Creating a story: admins, coordinators (their country) and members (their own organisation). */
export const canCreateStories = isStoryStaff;

/** Recording consent and seeing its evidence: admins and the coordinator of the story's country. */
export const mayRecordConsent = (viewer: Viewer, countryCode: string): boolean =>
  viewer?.role === 'ADMIN' || (viewer?.role === 'NATIONAL_COORDINATOR' && viewer.countryCode === countryCode);

/** Reviewing (the queue) and publications: admins and national coordinators. */
export const reviewsStories = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';

/**
 * Erasing a story for good: admins and the coordinator of the story's country (the same people who
 * record its consent), withdrawn stories included.
 */
export const mayEraseStory = mayRecordConsent;

/** Changing a campaign: admins any, a national coordinator those of their country. */
export const mayManageCampaign = (viewer: Viewer, countryCode: string | null): boolean =>
  viewer?.role === 'ADMIN' ||
  (viewer?.role === 'NATIONAL_COORDINATOR' && countryCode !== null && viewer.countryCode === countryCode);
