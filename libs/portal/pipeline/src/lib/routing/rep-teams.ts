import {
  type RoutingRepTeamsGQL,
  type RoutingRepTeamsQuery,
  type RoutingRepTeamsQueryVariables,
} from '@salesops/portal/data-access';
import { firstValueFrom } from 'rxjs';

// 100 reps a page (the API's largest); ten pages is far beyond a real sales floor.
const PAGE = 100;
const MAX_PAGES = 10;

/** Rep id -> team name for every rep, since a routing rule does not carry the team. */
export async function loadRepTeams(gql: RoutingRepTeamsGQL): Promise<ReadonlyMap<string, string>> {
  const teams = new Map<string, string>();
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const variables: RoutingRepTeamsQueryVariables = { first: PAGE, after };
    const result = await firstValueFrom(gql.fetch({ variables, fetchPolicy: 'network-only' }));
    const reps: RoutingRepTeamsQuery['reps'] | undefined = result.data?.reps;
    if (!reps) break;
    for (const edge of reps.edges) teams.set(edge.node.id, edge.node.team.name);
    if (!reps.pageInfo.hasNextPage || !reps.pageInfo.endCursor) break;
    after = reps.pageInfo.endCursor;
  }
  return teams;
}
