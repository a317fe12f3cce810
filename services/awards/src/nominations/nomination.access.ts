import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canReadNetwork, type Viewer } from '@best/kit';
import { callerIsOnJuryOf, readsAsJuror } from '../jury/jury.access';

/**
 * The one rule for reading nominations (docs/access-rules.md): the network reads every nomination,
 * except jurors, who read every nomination of the editions they are on the jury of; everyone reads
 * the winners and finalists of editions whose results are ANNOUNCED, so a decision is never seen
 * before it is announced. Every read (by id, per initiative, per edition, entity references)
 * applies it in its SQL.
 */
export function onlyVisibleNominations<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string = query.alias,
): SelectQueryBuilder<T> {
  if (canReadNetwork(viewer) && !readsAsJuror(viewer)) return query;
  const announced = `(${alias}.status IN ('WINNER', 'FINALIST') AND EXISTS (
      SELECT 1 FROM award_edition announced
      WHERE announced.id = ${alias}.edition_id AND announced.phase = 'ANNOUNCED'))`;
  const seated = readsAsJuror(viewer) ? callerIsOnJuryOf(viewer, `${alias}.edition_id`, 'nominationJuror') : null;
  if (!seated) return query.andWhere(announced);
  return query.andWhere(`(${seated.sql} OR ${announced})`, seated.parameters);
}
