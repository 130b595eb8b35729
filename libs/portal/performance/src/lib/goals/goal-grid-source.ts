import { computed, inject, resource, type Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  GoalGridActualsGQL,
  GoalGridGQL,
  GoalGridRepsGQL,
  type GoalGridRepsQuery,
  type GoalGridRepsQueryVariables,
  type GoalMetric,
  keptWhile,
  loadTeamOptions,
  type TeamOption,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { firstValueFrom, forkJoin, map } from 'rxjs';

import { buildGridRows, type GridRep, type GridRow, subjectKey } from './goal-grid';

// Reps are paged through 100 at a time; 50 pages is far beyond any real sales org.
const REP_PAGE_SIZE = 100;
const MAX_REP_PAGES = 50;
const DEFAULT_CURRENCY = 'USD';

/** What the grid shows: rows for one period and metric, loaded together. */
export interface Grid {
  readonly period: string;
  readonly metric: GoalMetric;
  readonly teamId: string | null;
  readonly rows: readonly GridRow[];
  readonly currency: string;
  /** What each row's subject achieved (`rep:<id>` / `team:<id>` → the API's text), goal or not. */
  readonly actuals: ReadonlyMap<string, string>;
}

export interface GoalGridQuery {
  /** False for reps, who have no grid: nothing is fetched. */
  readonly enabled: () => boolean;
  /** Null while no well-formed key is chosen: no goals are fetched. */
  readonly period: () => string | null;
  readonly metric: () => GoalMetric;
  readonly teamId: () => string | null;
}

export interface GoalGridSource {
  /** Every team the caller may see; empty until loaded. */
  readonly teams: Signal<readonly TeamOption[]>;
  /** The grid to show; the last one stays (read-only) while the next loads, so it does not flicker. */
  readonly grid: Signal<Grid | undefined>;
  readonly loading: Signal<boolean>;
  /** The first error of the teams, the reps and the goals, in that order. */
  readonly error: Signal<Error | undefined>;
  reloadGoals(): void;
  /** Loads again whatever failed. */
  retry(): void;
}

/**
 * The goals grid's data: the teams, the active reps (of the team filter and below) and the goals
 * of a period and metric, joined into rows once all three answer for the same team filter.
 * Creates resources, so it runs in an injection context (a field initializer).
 */
export function goalGridSource(query: GoalGridQuery): GoalGridSource {
  const goalGridGql = inject(GoalGridGQL);
  const actualsGql = inject(GoalGridActualsGQL);
  const repsGql = inject(GoalGridRepsGQL);
  const teamOptionsGql = inject(TeamOptionsGQL);

  const teamOptions = resource({
    params: () => (query.enabled() ? true : undefined),
    loader: () => loadTeamOptions(teamOptionsGql),
  });
  const reps = resource({
    params: () => (query.enabled() ? { teamId: query.teamId() } : undefined),
    loader: ({ params }) => loadReps(repsGql, params.teamId),
  });
  const goals = rxResource({
    params: () => {
      const period = query.period();
      return period && query.enabled()
        ? { period, metric: query.metric(), teamId: query.teamId() }
        : undefined;
    },
    stream: ({ params }) =>
      forkJoin([
        goalGridGql.fetch({ variables: params, fetchPolicy: 'network-only' }),
        actualsGql.fetch({ variables: params, fetchPolicy: 'network-only' }),
      ]).pipe(
        map(([goalsResult, actualsResult]) => ({
          ...params,
          goals: goalsResult.data?.goals ?? [],
          actuals: new Map(
            (actualsResult.data?.goalActuals ?? []).map((row) => [
              row.repId ? subjectKey('rep', row.repId) : subjectKey('team', row.teamId ?? ''),
              row.actual,
            ]),
          ),
        })),
      ),
  });

  const loading = computed(() => teamOptions.isLoading() || reps.isLoading() || goals.isLoading());
  const loaded = computed<Grid | undefined>(() => {
    if (!teamOptions.hasValue() || !reps.hasValue() || !goals.hasValue()) return undefined;
    const repList = reps.value();
    const goalList = goals.value();
    if (repList.teamId !== goalList.teamId) return undefined;
    return {
      period: goalList.period,
      metric: goalList.metric,
      teamId: goalList.teamId,
      rows: buildGridRows(teamOptions.value(), repList.reps, goalList.goals, goalList.teamId),
      currency: goalList.goals.find((goal) => goal.currency)?.currency ?? DEFAULT_CURRENCY,
      actuals: goalList.actuals,
    };
  });
  const grid = keptWhile(loaded, loading);

  return {
    teams: computed(() => (teamOptions.hasValue() ? teamOptions.value() : [])),
    grid,
    loading,
    error: computed(() => teamOptions.error() ?? reps.error() ?? goals.error()),
    reloadGoals: () => {
      goals.reload();
    },
    retry: () => {
      if (teamOptions.error()) teamOptions.reload();
      if (reps.error()) reps.reload();
      if (goals.error()) goals.reload();
    },
  };
}

async function loadReps(
  gql: GoalGridRepsGQL,
  teamId: string | null,
): Promise<{ teamId: string | null; reps: GridRep[] }> {
  const reps: GridRep[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_REP_PAGES; page++) {
    const variables: GoalGridRepsQueryVariables = {
      first: REP_PAGE_SIZE,
      after,
      filter: teamId ? { active: true, teamId, includeSubteams: true } : { active: true },
    };
    const result = await firstValueFrom(gql.fetch({ variables, fetchPolicy: 'network-only' }));
    const connection: GoalGridRepsQuery['reps'] | undefined = result.data?.reps;
    if (!connection) break;
    reps.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { teamId, reps };
}
