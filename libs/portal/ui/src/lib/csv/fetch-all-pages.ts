/** One page of a cursor connection, as every paged query of the API answers. */
export interface ConnectionPage<T> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  readonly edges: readonly { readonly node: T }[];
}

export interface FetchedPages<T> {
  readonly rows: T[];
  /** All rows matching, which may be more than `rows` when the cap was reached. */
  readonly totalCount: number;
}

export const EXPORT_PAGE_SIZE = 100;

/**
 * Every row of a paged query for an export, page after page, up to `maxRows` (a CSV bigger than that is a
 * job for the API, not a browser tab). `fetchPage` asks for `first` rows after the cursor.
 */
export async function fetchAllPages<T>(
  fetchPage: (first: number, after: string | null) => Promise<ConnectionPage<T> | undefined>,
  maxRows: number,
  onProgress: (loaded: number, total: number) => void = () => undefined,
): Promise<FetchedPages<T>> {
  const rows: T[] = [];
  let after: string | null = null;
  let totalCount = 0;
  while (rows.length < maxRows) {
    const page: ConnectionPage<T> | undefined = await fetchPage(
      Math.min(EXPORT_PAGE_SIZE, maxRows - rows.length),
      after,
    );
    if (!page) break;
    totalCount = page.totalCount;
    rows.push(...page.edges.map((edge) => edge.node));
    onProgress(rows.length, totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, totalCount };
}
