import { coordinatesCountry, Role, type Viewer } from '@best/kit';
import { actsForOrganization, WRITE } from '../network.access';
import type { Initiative } from './initiative.entity';
import { InitiativeListing } from './initiative.enums';

// docs/access-rules.md, network: initiatives, and the intake queue of initiative proposals.

/** Proposed and declined initiatives are the intake queue: staff of their country only. */
export const isInQueue = (listing: InitiativeListing) =>
  listing === InitiativeListing.PROPOSED || listing === InitiativeListing.DECLINED;

export const canReadInitiative = (viewer: Viewer, initiative: Pick<Initiative, 'listing' | 'countryCode'>) =>
  !isInQueue(initiative.listing) || coordinatesCountry(viewer, initiative.countryCode);

/**
 * Admins, the coordinator of its country, members and WRITE tokens of the owning organisation —
 * and for a proposal in the queue, only the staff who review it.
 */
export const canEditInitiative = (
  viewer: Viewer,
  initiative: Pick<Initiative, 'listing' | 'countryCode' | 'organizationId'>,
) =>
  coordinatesCountry(viewer, initiative.countryCode) ||
  (!isInQueue(initiative.listing) && actsForOrganization(viewer, initiative.organizationId, WRITE));

/** Listing or declining proposals: admins, and the coordinator of that country. */
export const canReviewProposals = (viewer: Viewer, countryCode: string) => coordinatesCountry(viewer, countryCode);

/**
 * Whose proposals a caller reviews in a list: every country for admins, their own for a
 * coordinator, none for anyone else.
 */
export function reviewedCountries(viewer: Viewer): 'ALL' | 'NONE' | { countryCode: string } {
  if (viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode) return { countryCode: viewer.countryCode };
  return viewer.role === Role.ADMIN ? 'ALL' : 'NONE';
}

/**
 * The SQL condition on `initiative.listing` (and country) for a list: LISTED unless asked
 * otherwise; ARCHIVED for everyone; the queue's states only within the caller's reach.
 */
export function listingCondition(
  viewer: Viewer,
  requested: InitiativeListing | null | undefined,
): { sql: string; params: Record<string, unknown> } {
  const listing = requested ?? InitiativeListing.LISTED;
  if (!isInQueue(listing) || viewer.role === Role.ADMIN) {
    return { sql: 'initiative.listing = :listing', params: { listing } };
  }
  if (viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode) {
    return {
      sql: 'initiative.listing = :listing AND initiative.country_code = :viewerCountry',
      params: { listing, viewerCountry: viewer.countryCode },
    };
  }
  return { sql: 'false', params: {} };
}
