/** A page of a connection, remembering the search it was loaded for. */
export type Loaded<T> = T & { readonly loadedSearch: string };

interface Connection<N> {
  readonly edges: readonly { readonly node: N }[];
}

export function loadedFor<T>(
  connection: T | undefined,
  search: string | null | undefined,
): Loaded<T> | undefined {
  return connection ? { ...connection, loadedSearch: search ?? '' } : undefined;
}

/**
 * The rows to show. While a new search waits for its debounce and the API, the rows already on
 * screen are narrowed to what the typed text matches (the API matches "part of, any case" too),
 * so the table answers at once instead of showing stale rows.
 */
export function narrowWhileSearching<N>(
  page: Loaded<Connection<N>> | undefined,
  typed: string,
  texts: (node: N) => readonly string[],
): N[] {
  const rows = page?.edges.map((edge) => edge.node) ?? [];
  const needle = typed.trim().toLowerCase();
  if (!page || needle === page.loadedSearch.toLowerCase()) return rows;
  return rows.filter((row) => texts(row).some((text) => text.toLowerCase().includes(needle)));
}
