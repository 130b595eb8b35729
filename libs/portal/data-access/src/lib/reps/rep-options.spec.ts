import { firstValueFrom, of } from 'rxjs';

import { type RepOptionsGQL } from '../generated';
import { searchRepOptions } from './rep-options';

const ada = { id: 'r1', name: 'Ada Lovelace', email: 'ada@team.test', team: { name: 'Nordics' } };

function fakeGql() {
  const fetch = jest.fn<unknown, [{ variables: unknown }]>(() =>
    of({ data: { reps: { edges: [{ node: ada }] } } }),
  );
  return { gql: { fetch } as unknown as RepOptionsGQL, fetch };
}

describe('searchRepOptions', () => {
  it('should ask nothing while no rep is being searched', async () => {
    const { gql, fetch } = fakeGql();
    expect(await firstValueFrom(searchRepOptions(gql, undefined))).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should ask for every rep when nothing is typed, and for the typed text otherwise', async () => {
    const { gql, fetch } = fakeGql();
    expect(await firstValueFrom(searchRepOptions(gql, ''))).toEqual([ada]);
    expect(await firstValueFrom(searchRepOptions(gql, 'Ada'))).toEqual([ada]);
    expect(fetch.mock.calls.map(([options]) => options.variables)).toEqual([
      { search: null },
      { search: 'Ada' },
    ]);
  });
});
