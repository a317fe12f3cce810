import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/error-codes';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionArgs, type Connection } from './connection';

export interface SortKey<T> {
  /** SQL expression ordered on, e.g. `initiative.title`. Combined with the id to be unique. */
  column: string;
  /**
   * Reads the same value from a loaded row, to write the cursor. Leave it out for a computed sort
   * (a rank, a distance) that no entity column holds: the expression is then selected beside each
   * row and the cursor carries the value as PostgreSQL returned it (a numeric stays exact as text).
   */
  value?: (row: T) => string | number | Date | null;
  direction?: 'ASC' | 'DESC';
}

type CursorValue = [string | number | null, string];

/** PostgreSQL's codes for a value of the wrong shape: invalid text representation, datetime, numeric range. */
const INVALID_INPUT = new Set(['22P02', '22007', '22008', '22003']);

/** Alias of a computed sort expression selected beside the rows. */
const COMPUTED_SORT = 'paginate_sort_value';

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') return value as CursorValue;
  } catch {
    // fall through to the refusal below
  }
  throw badUserInput('The cursor is not one this API gave out. Start again from the first page.');
}

/**
 * Keyset pagination (stable under inserts, one index range scan per page) over a query builder
 * whose main alias has an `id` column. Runs two statements: the page and the total count.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sort: SortKey<T>,
): Promise<Connection<T>> {
  if (args.first != null && args.last != null) throw badUserInput('Ask for `first` or `last`, not both.');
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = Math.min(backward ? (args.last ?? DEFAULT_PAGE_SIZE) : (args.first ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const alias = query.alias;
  const direction = sort.direction ?? 'ASC';
  const flipped = direction === 'ASC' ? 'DESC' : 'ASC';
  const order = backward ? flipped : direction;

  const totalCount = await query.clone().getCount();
  const page = query.clone();
  const cursor = backward ? args.before : args.after;
  if (cursor) {
    const [value, id] = decodeCursor(cursor);
    const comparison = order === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.column}, ${alias}.id) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  page
    .orderBy(sort.column, order)
    .addOrderBy(`${alias}.id`, order)
    .take(size + 1);
  let rows: { node: T; value: unknown }[];
  try {
    if (sort.value) {
      const read = sort.value;
      rows = (await page.getMany()).map((node) => ({ node, value: read(node) }));
    } else {
      // Without joins TypeORM keeps one raw row per entity, in the same order.
      const { entities, raw } = await page.addSelect(sort.column, COMPUTED_SORT).getRawAndEntities();
      rows = entities.map((node, i) => ({ node, value: (raw[i] as Record<string, unknown>)[COMPUTED_SORT] }));
    }
  } catch (error) {
    // A well-formed cursor with a forged value (not a uuid, not a date, …) is the caller's mistake.
    if (cursor && INVALID_INPUT.has((error as { driverError?: { code?: string } }).driverError?.code ?? '')) {
      throw badUserInput('The cursor is not one this API gave out. Start again from the first page.');
    }
    throw error;
  }

  const more = rows.length > size;
  const slice = rows.slice(0, size);
  if (backward) slice.reverse();
  const edges = slice.map(({ node, value }) => ({
    node,
    cursor: encodeCursor([value instanceof Date ? value.toISOString() : (value as string | number | null), node.id]),
  }));
  return {
    edges,
    nodes: slice.map((row) => row.node),
    totalCount,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export { MAX_PAGE_SIZE };
