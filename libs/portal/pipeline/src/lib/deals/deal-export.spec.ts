import { type DealRowFragment, type DealsGQL } from '@salesops/portal/data-access';
import { of } from 'rxjs';

import { fetchAllDeals } from './deal-export';

function deal(n: number): DealRowFragment {
  return {
    id: `d${n}`,
    externalId: `X${n}`,
    repId: null,
    repName: null,
    accountName: null,
    productName: null,
    stageId: 's',
    stageName: 'Won',
    stageKind: 'WON',
    engageDate: null,
    expectedCloseDate: null,
    closeDate: null,
    warnings: n % 2 ? ['ZERO_AMOUNT'] : [],
    updatedAt: '2017-01-01T00:00:00Z',
    amount: null,
    listPrice: null,
  };
}

/** A fake API holding `total` deals, answering pages of `first` after a numeric cursor. */
function fakeGql(total: number) {
  const fetch = jest.fn(({ variables }: { variables: { first: number; after: string | null } }) => {
    const start = variables.after ? Number(variables.after) : 0;
    const end = Math.min(start + variables.first, total);
    const edges = Array.from({ length: end - start }, (_, i) => ({
      cursor: String(start + i + 1),
      node: deal(start + i),
    }));
    return of({
      data: {
        deals: { totalCount: total, pageInfo: { endCursor: String(end), hasNextPage: end < total }, edges },
      },
    });
  });
  return { gql: { fetch } as unknown as DealsGQL, fetch };
}

describe('fetchAllDeals', () => {
  it('should follow the cursors until the last page when exporting every match', async () => {
    const { gql, fetch } = fakeGql(250);
    const progress = jest.fn();

    const result = await fetchAllDeals(gql, { filter: { stageId: 's' }, sort: null }, progress);

    expect(result.rows).toHaveLength(250);
    expect(result.rows[249].externalId).toBe('X249');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls[1][0].variables).toEqual({
      filter: { stageId: 's' },
      sort: null,
      first: 100,
      after: '100',
    });
    expect(progress).toHaveBeenLastCalledWith(250, 250);
  });

  it('should stop at the cap and still report the full count when there are more matches', async () => {
    const { gql } = fakeGql(500);

    const result = await fetchAllDeals(gql, { filter: null, sort: null }, undefined, 150);

    expect(result.rows).toHaveLength(150);
    expect(result.totalCount).toBe(500);
  });
});
