import { type EntityManager } from 'typeorm';

import { sql } from '../database/sql';
import { AppError } from '../errors/app-error';
import { mapNodes } from './connection';
import { encodeCursor } from './paginate';
import { pageClauses, paginateRows } from './paginate-rows';
import { SortDirection } from './sort-direction';

const ID = '0b5c4f7e-3f5b-4a53-9d3f-2f3f1b0c9a11';
const BY_AMOUNT = { expression: sql`coalesce(d.amount_minor, -1)`, type: 'bigint' as const };

describe('pageClauses', () => {
  it('should seek past the cursor as the sort type, in the order asked, when given a cursor', () => {
    const clauses = pageClauses({ ...BY_AMOUNT, direction: SortDirection.DESC }, sql`d.id`, {
      first: 20,
      after: encodeCursor('500', ID),
    });
    expect(
      sql`SELECT ${clauses.sortKey} FROM deal d WHERE ${clauses.after} ${clauses.orderAndLimit}`.toQuery(),
    ).toEqual({
      text:
        'SELECT (coalesce(d.amount_minor, -1))::text AS page_sort_key FROM deal d ' +
        'WHERE (coalesce(d.amount_minor, -1), d.id) < (CAST($1 AS bigint), $2) ' +
        'ORDER BY coalesce(d.amount_minor, -1) DESC, d.id DESC LIMIT $3',
      values: ['500', ID, 21],
    });
  });

  it('should start at the first row, ascending, when there is no cursor', () => {
    const clauses = pageClauses({ expression: sql`lower(r.name)`, direction: SortDirection.ASC }, sql`r.id`, {
      first: 5,
    });
    expect(clauses.after.toQuery().text).toBe('TRUE');
    expect(clauses.orderAndLimit.toQuery()).toEqual({
      text: 'ORDER BY lower(r.name) ASC, r.id ASC LIMIT $1',
      values: [6],
    });
  });

  it('should refuse a cursor it did not give out with a coded error on after', () => {
    expect(() =>
      pageClauses({ ...BY_AMOUNT, direction: SortDirection.ASC }, sql`d.id`, { first: 5, after: 'nope' }),
    ).toThrow(AppError);
  });
});

describe('paginateRows', () => {
  const rows = [
    { id: ID, page_sort_key: '900' },
    { id: 'a0000000-0000-4000-8000-000000000002', page_sort_key: null },
  ];

  it('should give one page with its cursors, and count only when totalCount is awaited', async () => {
    const query = jest.fn(async (text: string) =>
      text.startsWith('SELECT count') ? [{ count: '7' }] : rows,
    );
    const runner = { query } as unknown as Pick<EntityManager, 'query'>;
    const page = await paginateRows(
      runner,
      { ...BY_AMOUNT, direction: SortDirection.DESC },
      sql`d.id`,
      { first: 1 },
      {
        pageQuery: (clauses) =>
          sql`SELECT d.id, ${clauses.sortKey} FROM deal d WHERE ${clauses.after} ${clauses.orderAndLimit}`,
        countQuery: sql`SELECT count(*) AS count FROM deal d`,
      },
    );
    expect(page.edges).toEqual([{ node: rows[0], cursor: encodeCursor('900', ID) }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('900', ID) });
    expect(query).toHaveBeenCalledTimes(1);
    expect(await page.totalCount).toBe(7);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('should encode a cursor only when it is read, and keep it through mapNodes and spreading', async () => {
    const encode = jest.spyOn(Buffer, 'from');
    const runner = { query: jest.fn(async () => rows) } as unknown as Pick<EntityManager, 'query'>;
    const page = await paginateRows(
      runner,
      { ...BY_AMOUNT, direction: SortDirection.DESC },
      sql`d.id`,
      { first: 2 },
      {
        pageQuery: (clauses) => sql`SELECT d.id, ${clauses.sortKey} FROM deal d ${clauses.orderAndLimit}`,
        countQuery: sql`SELECT count(*) AS count FROM deal d`,
      },
    );
    const mapped = mapNodes(page, (row) => ({ label: row.id.slice(0, 8) }));
    expect(mapped.edges.map((edge) => edge.node.label)).toEqual(['0b5c4f7e', 'a0000000']);
    expect(encode).not.toHaveBeenCalled();
    expect({ ...mapped.edges[1] }).toEqual({
      node: { label: 'a0000000' },
      cursor: encodeCursor('', rows[1].id),
    });
    expect(mapped.pageInfo.endCursor).toBe(encodeCursor('', rows[1].id));
    expect(mapped.edges[0].cursor).toBe(encodeCursor('900', ID));
    encode.mockRestore();
  });
});
