import { type EntityManager } from 'typeorm';

import { query, sql, type SqlFragment } from '../database/sql';
import { type ConnectionResult } from './connection';
import { decodeCursor, edgeOf, lazily, pageInfoOf, type PageRequest, type SortValueType } from './paginate';
import { SortDirection } from './sort-direction';

/** A keyset order written with the `sql` tag: `paginate`'s `KeysetSort` for the query layer. */
export interface RowsSort {
  /** SQL expression to order by, never null (coalesce it), e.g. sql`lower(rep.name)`. */
  expression: SqlFragment;
  direction: SortDirection;
  /** The expression's SQL type, so the cursor's value compares as that type (default text). */
  type?: SortValueType;
}

/** The clauses a page's query puts in its select list, its WHERE and its end (see `paginateRows`). */
export interface PageClauses {
  /** `(<expression>)::text AS page_sort_key`, the value the next cursor holds. */
  sortKey: SqlFragment;
  /** The rows after the cursor; `TRUE` on the first page. */
  after: SqlFragment;
  /** `ORDER BY <expression>, <id> LIMIT <first + 1>`. */
  orderAndLimit: SqlFragment;
}

/** What a page's rows carry besides their own columns. */
export interface PagedRow {
  id: string;
  page_sort_key: string | null;
}

// A choice between SQL words is a choice between fragments (decision 0013).
const CASTS: Record<SortValueType, SqlFragment> = {
  text: sql`text`,
  date: sql`date`,
  timestamptz: sql`timestamptz`,
  bigint: sql`bigint`,
};
const DIRECTIONS: Record<SortDirection, { order: SqlFragment; after: SqlFragment }> = {
  [SortDirection.ASC]: { order: sql`ASC`, after: sql`>` },
  [SortDirection.DESC]: { order: sql`DESC`, after: sql`<` },
};

/** The clauses of one page in a keyset order on `id` (a refused cursor is a coded error on `after`). */
export function pageClauses(sort: RowsSort, id: SqlFragment, page: PageRequest): PageClauses {
  const { order, after } = DIRECTIONS[sort.direction];
  const cursor = page.after ? decodeCursor(page.after) : null;
  return {
    sortKey: sql`(${sort.expression})::text AS page_sort_key`,
    after: cursor
      ? sql`(${sort.expression}, ${id}) ${after} (CAST(${cursor[0]} AS ${CASTS[sort.type ?? 'text']}), ${cursor[1]})`
      : sql`TRUE`,
    orderAndLimit: sql`ORDER BY ${sort.expression} ${order}, ${id} ${order} LIMIT ${page.first + 1}`,
  };
}

/**
 * Keyset pagination of plain rows, as `paginate` does it for a query builder: one statement per page, and
 * the count only when the query asks for `totalCount`. `pageQuery` is the page's statement built with the
 * clauses (see `pageClauses`); `countQuery` counts every match as one row `{ count }`.
 */
export async function paginateRows<Row extends PagedRow>(
  runner: Pick<EntityManager, 'query'>,
  sort: RowsSort,
  id: SqlFragment,
  page: PageRequest,
  statements: { pageQuery: (clauses: PageClauses) => SqlFragment; countQuery: SqlFragment },
): Promise<ConnectionResult<Row>> {
  const rows = await query<Row>(runner, statements.pageQuery(pageClauses(sort, id, page)));
  const edges = rows.slice(0, page.first).map((node) => edgeOf(node, node.page_sort_key ?? ''));
  return {
    edges,
    totalCount: lazily(async () => {
      const [counted] = await query<{ count: string | number }>(runner, statements.countQuery);
      return Number(counted?.count ?? 0);
    }),
    pageInfo: pageInfoOf(edges, rows.length > page.first),
  };
}
