import { type SurveyAdminRepsGQL } from '@salesops/portal/data-access';
import { of } from 'rxjs';

import { loadRepOptions } from './rep-options';

function page(names: string[], endCursor: string | null, hasNextPage: boolean) {
  return {
    data: {
      reps: {
        pageInfo: { endCursor, hasNextPage },
        edges: names.map((name) => ({
          node: {
            id: `id-${name}`,
            name,
            email: `${name.toLowerCase()}@salesops.demo`,
            active: name !== 'Boris',
            team: { id: 't1', name: 'East' },
          },
        })),
      },
    },
  };
}

function gql(fetch: jest.Mock): SurveyAdminRepsGQL {
  return { fetch } as unknown as SurveyAdminRepsGQL;
}

describe('loadRepOptions', () => {
  it('should read every page of reps, following the cursor', async () => {
    const fetch = jest
      .fn()
      .mockReturnValueOnce(of(page(['Anna'], 'c1', true)))
      .mockReturnValueOnce(of(page(['Boris'], 'c2', false)));

    const reps = await loadRepOptions(gql(fetch));

    expect(reps).toEqual([
      { id: 'id-Anna', name: 'Anna', email: 'anna@salesops.demo', active: true, teamName: 'East' },
      { id: 'id-Boris', name: 'Boris', email: 'boris@salesops.demo', active: false, teamName: 'East' },
    ]);
    expect(fetch.mock.calls.map(([options]) => options.variables)).toEqual([
      { first: 100, after: null, filter: null },
      { first: 100, after: 'c1', filter: null },
    ]);
    expect(fetch).toHaveBeenCalledWith(expect.objectContaining({ fetchPolicy: 'network-only' }));
  });

  it('should stop after 20 pages, and at a page without data', async () => {
    const endless = jest.fn(() => of(page(['Anna'], 'next', true)));
    expect(await loadRepOptions(gql(endless))).toHaveLength(20);
    expect(endless).toHaveBeenCalledTimes(20);

    const empty = jest.fn(() => of({ data: null }));
    expect(await loadRepOptions(gql(empty))).toEqual([]);
    expect(empty).toHaveBeenCalledTimes(1);
  });
});
