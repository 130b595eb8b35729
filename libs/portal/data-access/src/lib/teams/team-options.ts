import { firstValueFrom } from 'rxjs';

import { type TeamOptionsGQL, type TeamOptionsQuery, type TeamOptionsQueryVariables } from '../generated';

export type TeamOption = TeamOptionsQuery['teams']['edges'][number]['node'];

// Enough for any real org chart; a select with more teams than this would need a search instead.
const MAX_PAGES = 10;

/** Every team the caller may see, by name, for selects. */
export async function loadTeamOptions(gql: TeamOptionsGQL): Promise<TeamOption[]> {
  const options: TeamOption[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const variables: TeamOptionsQueryVariables = { first: 100, after };
    const result = await firstValueFrom(gql.fetch({ variables, fetchPolicy: 'network-only' }));
    const teams: TeamOptionsQuery['teams'] | undefined = result.data?.teams;
    if (!teams) break;
    options.push(...teams.edges.map((edge) => edge.node));
    if (!teams.pageInfo.hasNextPage || !teams.pageInfo.endCursor) break;
    after = teams.pageInfo.endCursor;
  }
  return options;
}
