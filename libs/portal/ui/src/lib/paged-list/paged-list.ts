import { computed, linkedSignal, type ResourceRef, type Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { type Observable } from 'rxjs';

import { CursorStack } from '../cursor-pager/cursor-stack';

/** What a list asks the API for besides its filters and sort: one page, from a cursor. */
export interface PageVariables {
  readonly first: number;
  readonly after: string | null;
}

/** The part of a GraphQL connection a paged list reads. */
export interface PagedConnection<N = unknown> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: N }[];
}

type NodeOf<C> = C extends PagedConnection<infer N> ? N : never;

export interface PagedListOptions<Q extends object, C extends PagedConnection, R> {
  /** The list's filters and sort (read in a signal context): when they change, back to the first page. */
  readonly query: () => Q;
  /** One page of the list, e.g. a GraphQL fetch mapped to its connection. */
  readonly load: (variables: Q & PageVariables) => Observable<C | undefined>;
  /** The rows shown from the page on screen; its nodes unless the page narrows them. */
  readonly rows?: (page: C | undefined) => R[];
  readonly pageSize?: number;
}

export const LIST_PAGE_SIZE = 20;

/** What the list frame (`so-paged-list`) reads of a list: any `PagedList`, whatever its rows. */
export interface PagedListView {
  readonly pages: CursorStack;
  readonly rows: Signal<readonly unknown[]>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<unknown>;
  readonly total: Signal<number>;
  readonly hasNext: Signal<boolean>;
  next(): void;
  previous(): void;
}

/**
 * A cursor-paged list's state: the page on screen for the query, kept while the next one loads so the
 * table does not flicker, and the cursors to page back. Create it in an injection context (a field).
 */
export class PagedList<Q extends object, C extends PagedConnection, R = NodeOf<C>> implements PagedListView {
  readonly pages: CursorStack;
  readonly resource: ResourceRef<C | undefined>;
  /** The page on screen: the last one stays while the next loads; none after an error. */
  readonly page: Signal<C | undefined>;
  readonly rows: Signal<R[]>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<unknown>;
  readonly total = computed(() => this.page()?.totalCount ?? 0);
  readonly hasNext = computed(() => this.page()?.pageInfo.hasNextPage ?? false);

  constructor(options: PagedListOptions<Q, C, R>) {
    const query = computed(options.query);
    const first = options.pageSize ?? LIST_PAGE_SIZE;
    this.pages = new CursorStack(query);
    this.resource = rxResource({
      params: () => ({ ...query(), first, after: this.pages.cursor() }),
      stream: ({ params }) => options.load(params),
    });
    this.loading = this.resource.isLoading;
    this.error = this.resource.error;
    // As keptWhileLoading in data-access, which a ui library may not import.
    this.page = linkedSignal<C | undefined, C | undefined>({
      source: () => (this.resource.hasValue() ? this.resource.value() : undefined),
      computation: (next, previous) => next ?? (this.resource.isLoading() ? previous?.value : undefined),
    });
    const rows = options.rows ?? ((page) => (page?.edges.map((edge) => edge.node) ?? []) as R[]);
    this.rows = computed(() => rows(this.page()));
  }

  next(): void {
    this.pages.next(this.page()?.pageInfo.endCursor);
  }

  previous(): void {
    this.pages.previous();
  }

  reload(): void {
    this.resource.reload();
  }
}
