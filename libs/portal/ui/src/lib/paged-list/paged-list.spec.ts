import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of, Subject } from 'rxjs';

import { type PagedConnection, PagedList, type PageVariables } from './paged-list';

type Query = { readonly filter: { readonly team: string | null } };
type Connection = PagedConnection<{ readonly name: string }>;

function connection(names: string[], endCursor: string | null, hasNextPage = !!endCursor): Connection {
  return {
    totalCount: 3,
    pageInfo: { endCursor, hasNextPage },
    edges: names.map((name) => ({ node: { name } })),
  };
}

/** Pages of one row each, the cursor naming the next: a, then b after c1, then c after c2. */
function setup(options: { pageSize?: number; rows?: (page: Connection | undefined) => string[] } = {}) {
  const team = signal<string | null>(null);
  const load = jest.fn((variables: Query & PageVariables) => {
    const index = variables.after ? Number(variables.after.slice(1)) : 0;
    return of(connection([['a', 'b', 'c'][index]], index < 2 ? `c${index + 1}` : null));
  });
  const list = TestBed.runInInjectionContext(
    () => new PagedList({ query: () => ({ filter: { team: team() } }), load, ...options }),
  );
  return { list, load, team };
}

/** Runs the resource's effect and lets its answer arrive. */
const settle = () => TestBed.inject(ApplicationRef).whenStable();

/** Runs the resource's effect and what its answers set, while a request is still open. */
const flush = async () => {
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
};

const names = (list: PagedList<Query, Connection, unknown>) => list.rows();

describe('PagedList', () => {
  it('should load the first page with the query and the page size, then page forward and back', async () => {
    const { list, load } = setup();
    await settle();

    expect(load).toHaveBeenLastCalledWith({ filter: { team: null }, first: 20, after: null });
    expect(names(list)).toEqual([{ name: 'a' }]);
    expect(list.total()).toBe(3);
    expect(list.hasNext()).toBe(true);

    list.next();
    await settle();
    expect(load).toHaveBeenLastCalledWith({ filter: { team: null }, first: 20, after: 'c1' });
    expect(names(list)).toEqual([{ name: 'b' }]);
    expect(list.pages.pageIndex()).toBe(1);

    list.previous();
    await settle();
    expect(names(list)).toEqual([{ name: 'a' }]);
    expect(list.pages.hasPrevious()).toBe(false);
  });

  it('should go back to the first page, in one request, when the query changes', async () => {
    const { list, load, team } = setup({ pageSize: 5 });
    await settle();
    list.next();
    await settle();
    expect(list.pages.pageIndex()).toBe(1);

    team.set('t1');
    await settle();
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenLastCalledWith({ filter: { team: 't1' }, first: 5, after: null });
    expect(list.pages.pageIndex()).toBe(0);
  });

  it('should keep the page on screen while the next one loads, and show none after an error', async () => {
    const answers = [new Subject<Connection>(), new Subject<Connection>(), new Subject<Connection>()];
    let call = 0;
    const list = TestBed.runInInjectionContext(
      () => new PagedList({ query: () => ({}), load: () => answers[call++] }),
    );
    await flush();
    expect(list.loading()).toBe(true);
    expect(list.rows()).toEqual([]);
    answers[0].next(connection(['a'], 'c1'));
    await flush();

    list.next();
    await flush();
    expect(list.loading()).toBe(true);
    expect(list.rows()).toEqual([{ name: 'a' }]);
    answers[1].next(connection(['b'], null));
    await flush();
    expect(list.rows()).toEqual([{ name: 'b' }]);
    expect(list.hasNext()).toBe(false);

    list.previous();
    await flush();
    answers[2].error(new Error('offline'));
    await flush();
    expect(list.loading()).toBe(false);
    expect(list.error()).toBeInstanceOf(Error);
    expect(list.rows()).toEqual([]);
  });

  it('should show the rows the page narrows to when it gives its own', async () => {
    const { list } = setup({ rows: (page) => page?.edges.map((edge) => edge.node.name.toUpperCase()) ?? [] });
    await settle();
    expect(list.rows()).toEqual(['A']);
  });

  it('should load the same page again when reloaded', async () => {
    const { list, load } = setup();
    await settle();
    list.reload();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(list.rows()).toEqual([{ name: 'a' }]);
  });
});
