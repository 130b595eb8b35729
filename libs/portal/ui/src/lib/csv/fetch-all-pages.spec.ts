import { type ConnectionPage, fetchAllPages } from './fetch-all-pages';

function pages(total: number) {
  const calls: { first: number; after: string | null }[] = [];
  const fetchPage = async (first: number, after: string | null): Promise<ConnectionPage<number>> => {
    calls.push({ first, after });
    const start = after === null ? 0 : Number(after);
    const nodes = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => start + i);
    const end = start + nodes.length;
    return {
      totalCount: total,
      pageInfo: { hasNextPage: end < total, endCursor: nodes.length ? String(end) : null },
      edges: nodes.map((node) => ({ node })),
    };
  };
  return { calls, fetchPage };
}

describe('fetchAllPages', () => {
  it('should follow the cursors to the end, reporting progress', async () => {
    const { calls, fetchPage } = pages(250);
    const progress: number[] = [];
    const result = await fetchAllPages(fetchPage, 10_000, (loaded) => progress.push(loaded));
    expect(result.rows).toHaveLength(250);
    expect(result.rows[249]).toBe(249);
    expect(calls).toEqual([
      { first: 100, after: null },
      { first: 100, after: '100' },
      { first: 100, after: '200' },
    ]);
    expect(progress).toEqual([100, 200, 250]);
  });

  it('should stop at the cap and still say how many there are in all', async () => {
    const { calls, fetchPage } = pages(1000);
    const result = await fetchAllPages(fetchPage, 150);
    expect(result).toMatchObject({ totalCount: 1000 });
    expect(result.rows).toHaveLength(150);
    expect(calls.map((c) => c.first)).toEqual([100, 50]);
  });

  it('should stop when a page does not come', async () => {
    const result = await fetchAllPages(async () => undefined, 100);
    expect(result).toEqual({ rows: [], totalCount: 0 });
  });
});
