import { map, type Observable, of, switchMap, timer } from 'rxjs';

import { type RepOptionsGQL, type RepOptionsQuery } from '../generated';

export type RepOption = RepOptionsQuery['reps']['edges'][number]['node'];

/**
 * The active reps matching what is typed (every one, up to the query's page, for nothing typed), for a rep
 * search field; `undefined` (nothing is being searched) gives none without asking. A short pause first, so a
 * name typed quickly asks once.
 */
export function searchRepOptions(gql: RepOptionsGQL, search: string | undefined): Observable<RepOption[]> {
  if (search === undefined) return of([]);
  return timer(search ? 200 : 0).pipe(
    switchMap(() => gql.fetch({ variables: { search: search || null }, fetchPolicy: 'network-only' })),
    map((result) => (result.data?.reps.edges ?? []).map((edge) => edge.node)),
  );
}
