import {
  type SurveyAdminRepsGQL,
  type SurveyAdminRepsQuery,
  type SurveyAdminRepsQueryVariables,
} from '@salesops/portal/data-access';
import { firstValueFrom } from 'rxjs';

import { type RepOption } from './rep-picker.component';

const MAX_PAGES = 20;

/** Every rep the caller may see, for the rep picker, a page of 100 at a time (at most 20 pages). */
export async function loadRepOptions(gql: SurveyAdminRepsGQL): Promise<RepOption[]> {
  const reps: RepOption[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const variables: SurveyAdminRepsQueryVariables = { first: 100, after, filter: null };
    const result = await firstValueFrom(gql.fetch({ variables, fetchPolicy: 'network-only' }));
    const connection: SurveyAdminRepsQuery['reps'] | undefined = result.data?.reps;
    if (!connection) break;
    for (const { node } of connection.edges) {
      reps.push({
        id: node.id,
        name: node.name,
        email: node.email,
        active: node.active,
        teamName: node.team?.name ?? null,
      });
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return reps;
}
