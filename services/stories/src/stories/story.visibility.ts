import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The one rule that decides which stories a caller may see. Every read of stories (lists, by id,
 * per initiative, entity references) goes through it, so nothing shows a story another path hides.
 *
 * A story is visible when it is PUBLISHED and its current consent is PUBLIC, not withdrawn and not
 * expired. It is evaluated by PostgreSQL's `now()` on every statement and never cached beyond one
 * request, so a withdrawal or an expiry hides the story from the very next request.
 *
 * There is no signed-in caller yet, so everyone is treated as the public. When the gateway forwards
 * an identity, this is the place to widen the rule by role (network scope for members, everything
 * of their country for a national coordinator), and only this place.
 */
export function onlyVisibleStories<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string = query.alias,
): SelectQueryBuilder<T> {
  return query.andWhere(`(${alias}.status = 'PUBLISHED' AND EXISTS (
    SELECT 1 FROM consent visible_consent
    WHERE visible_consent.story_id = ${alias}.id
      AND visible_consent.superseded_at IS NULL
      AND visible_consent.scope = 'PUBLIC'
      AND visible_consent.withdrawn_at IS NULL
      AND (visible_consent.expires_at IS NULL OR visible_consent.expires_at > now())))`);
}
