import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  canReadNetwork,
  coordinatesCountry,
  forbidden,
  hasScope,
  isNetworkMember,
  isUuid,
  Role,
  Scope,
  unauthenticated,
  type Viewer,
} from '@best/kit';

/** How far a caller's reading of stories reaches, beyond what everyone sees. */
export interface StoryReach {
  /** Published stories with NETWORK-scope consent. */
  network: boolean;
  /** Every story, whatever its scope or status (admins). */
  everywhere: boolean;
  /** Every story of this country (its national coordinator). */
  countryCode: string | null;
  /** Every story this organisation recorded (its members and its READ tokens). */
  organizationId: string | null;
}

/** What `viewer` may read of stories, from docs/access-rules.md. */
export function storyReach(viewer: Viewer): StoryReach {
  const network = canReadNetwork(viewer);
  return {
    network,
    everywhere: network && viewer.role === Role.ADMIN,
    countryCode: network && viewer.role === Role.NATIONAL_COORDINATOR ? viewer.countryCode : null,
    organizationId: network && isOrganizationMember(viewer) ? viewer.organizationId : null,
  };
}

/** A member (or a token) of a known organisation: the organisation id is compared with a uuid column. */
const isOrganizationMember = (viewer: Viewer): viewer is Viewer & { organizationId: string } =>
  viewer.role === Role.ORGANIZATION_MEMBER && viewer.organizationId != null && isUuid(viewer.organizationId);

/**
 * Who may change a story they can see (withdraw its consent, later edit it): admins, the coordinator
 * of its country and members of the organisation that recorded it; a token only with the WRITE scope.
 */
export function mayChangeStory(
  viewer: Viewer,
  story: { countryCode: string; recordedByOrganizationId: string | null },
): boolean {
  if (!hasScope(viewer, Scope.WRITE)) return false;
  if (coordinatesCountry(viewer, story.countryCode)) return true;
  return isOrganizationMember(viewer) && story.recordedByOrganizationId === viewer.organizationId;
}

export const NO_WRITE_SCOPE = 'This API token has no WRITE scope: it cannot change stories.';

/** Before any change to a story: anonymous callers sign in (UNAUTHENTICATED); a token needs WRITE (FORBIDDEN). */
export function assertMayWrite(viewer: Viewer, action: string): void {
  if (!isNetworkMember(viewer)) throw unauthenticated(`Sign in to ${action}.`);
  if (!hasScope(viewer, Scope.WRITE)) throw forbidden(NO_WRITE_SCOPE);
}

/** Consent evidence and who recorded it: admins and the coordinator of the story's country only. */
export const maySeeConsentDetails = (viewer: Viewer, story: { countryCode: string }) =>
  canReadNetwork(viewer) && coordinatesCountry(viewer, story.countryCode);

/**
 * The one rule that decides which stories a caller may see. Every read of stories (lists, by id,
 * per initiative, entity references, the check before a withdrawal) goes through it, so nothing
 * shows a story another path hides.
 *
 * Nobody, admins included, sees a story marked WITHDRAWN, nor a story whose consent was withdrawn
 * or expired. Within that:
 * - everyone sees PUBLISHED stories with a current PUBLIC consent;
 * - the network also sees PUBLISHED stories with a current NETWORK consent;
 * - admins, the coordinator of the story's country and members of the organisation that recorded
 *   it also see INTERNAL consent and stories not (or no longer) published, and the DRAFT or
 *   IN_REVIEW stories for which no consent was ever recorded yet (they are being written).
 *
 * Consent is evaluated by PostgreSQL's `now()` on every statement and never cached beyond one
 * request, so a withdrawal or an expiry hides the story from the very next request.
 */
export function onlyVisibleStories<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string = query.alias,
): SelectQueryBuilder<T> {
  const reach = storyReach(viewer);
  const scopes = [publicScope(alias, 'visible_consent')];
  if (reach.network) scopes.push(`(${alias}.status = 'PUBLISHED' AND visible_consent.scope = 'NETWORK')`);
  const staff: string[] = [];
  if (reach.everywhere) staff.push('TRUE');
  if (reach.countryCode) staff.push(`${alias}.country_code = :storyReaderCountry`);
  if (reach.organizationId) staff.push(`${alias}.recorded_by_organization_id = :storyReaderOrganization`);
  scopes.push(...staff);
  const visible = [currentConsentWhere(alias, 'visible_consent', scopes.join(' OR '))];
  // A story still being written or reviewed before anyone recorded its consent: its staff see it
  // (to finish it and record the consent); a consent ever recorded, even withdrawn, ends this.
  if (staff.length > 0) visible.push(`(${neverConsentedDraftSql(alias)} AND (${staff.join(' OR ')}))`);
  return query.andWhere(`(${alias}.status <> 'WITHDRAWN' AND (${visible.join(' OR ')}))`, {
    storyReaderCountry: reach.countryCode,
    storyReaderOrganization: reach.organizationId,
  });
}

/** Statuses in which a story without any consent recorded yet is shown to its staff. */
export const UNCONSENTED_VISIBLE_STATUSES = ['DRAFT', 'IN_REVIEW'] as const;

/** The story `alias` is a draft or in review and no consent was ever recorded for it. */
function neverConsentedDraftSql(alias: string): string {
  const statuses = UNCONSENTED_VISIBLE_STATUSES.map((status) => `'${status}'`).join(',');
  return `(${alias}.status IN (${statuses})
      AND NOT EXISTS (SELECT 1 FROM consent any_consent WHERE any_consent.story_id = ${alias}.id))`;
}

/**
 * Whether the public sees the story `alias` right now: the first branch of `onlyVisibleStories`,
 * as one boolean SQL expression. A caller given a story for which it is false was given more than
 * the storyteller agreed to publish, and that is audited.
 */
export function publiclyVisibleSql(alias: string): string {
  return `${alias}.status <> 'WITHDRAWN' AND ${currentConsentWhere(alias, 'public_consent', publicScope(alias, 'public_consent'))}`;
}

const publicScope = (alias: string, consent: string) =>
  `(${alias}.status = 'PUBLISHED' AND ${consent}.scope = 'PUBLIC')`;

/** The story has a current consent, neither withdrawn nor expired, that meets `condition`. */
function currentConsentWhere(alias: string, consent: string, condition: string): string {
  return `EXISTS (
      SELECT 1 FROM consent ${consent}
      WHERE ${consent}.story_id = ${alias}.id
        AND ${consent}.superseded_at IS NULL
        AND ${consent}.withdrawn_at IS NULL
        AND (${consent}.expires_at IS NULL OR ${consent}.expires_at > now())
        AND (${condition}))`;
}
