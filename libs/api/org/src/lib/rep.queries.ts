import {
  allOf,
  emptySql,
  likePattern,
  type PageClauses,
  type PagedRow,
  type Principal,
  type RowsSort,
  runSql,
  sql,
  type SqlFragment,
} from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type RepFilter, RepSortField } from './dtos/list.args';
import { repVisibleTo } from './visibility.queries';

/** The unrevoked sessions of a rep's logins, as a condition on `user_session` (a query builder's WHERE). */
export function unrevokedSessionsOfRep(repId: string): SqlFragment {
  return sql`revoked_at IS NULL AND user_id IN (SELECT id FROM app_user WHERE rep_id = ${repId})`;
}

/** The reps list's sort orders. */
export const REP_SORTS: Record<RepSortField, Omit<RowsSort, 'direction'>> = {
  [RepSortField.NAME]: { expression: sql`lower(rep.name)` },
  [RepSortField.EMAIL]: { expression: sql`rep.email` },
  // Reps without a hire date sort first ascending; the cursor compares the same expression.
  [RepSortField.HIRE_DATE]: { expression: sql`coalesce(rep.hire_date, DATE '0001-01-01')`, type: 'date' },
  [RepSortField.CREATED_AT]: { expression: sql`rep.created_at`, type: 'timestamptz' },
};

/** The column the reps list pages on after its sort expression. */
export const REP_ID = sql`rep.id`;

/** A rep of the list; the hire date as `YYYY-MM-DD`. */
export interface RepListRow extends PagedRow {
  name: string;
  email: string;
  team_id: string;
  hire_date: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

/** A team as a row (`team_`-prefixed when it comes with a rep). */
export interface TeamColumns {
  team_name: string;
  team_parent_id: string | null;
  team_manager_id: string | null;
  team_archived_at: Date | null;
  team_created_at: Date;
  team_updated_at: Date;
}

/**
 * What the reps list is narrowed to: who asks, the filter as given, with a team filter the teams it takes
 * (the service resolves the subtree), and whether each rep comes with its team (the query selects it).
 */
export interface RepListScope {
  principal: Principal;
  filter: RepFilter;
  teamIds: readonly string[] | null;
  withTeam: boolean;
}

/** The reps the caller may see (`repVisibleTo`) that the filter selects; a rep is `rep`. */
function repsWhere({ principal, filter, teamIds }: RepListScope): SqlFragment {
  const search = filter.search?.trim() ? likePattern(filter.search) : null;
  return allOf([
    repVisibleTo(principal, REP_ID),
    search ? sql`rep.name ILIKE ${search} ESCAPE '\\' OR rep.email ILIKE ${search} ESCAPE '\\'` : null,
    teamIds ? sql`rep.team_id = ANY(${teamIds})` : null,
    filter.active === true && sql`rep.active`,
    filter.active === false && sql`NOT rep.active`,
  ]);
}

/** The team's columns as `TeamColumns` names, for a statement that joins `team` to `rep`. */
const TEAM_COLUMNS = sql`, team.name AS team_name, team.parent_id AS team_parent_id,
  team.manager_id AS team_manager_id, team.archived_at AS team_archived_at, team.created_at AS team_created_at,
  team.updated_at AS team_updated_at`;
const TEAM_JOIN = sql`LEFT JOIN team ON team.id = rep.team_id`;

/** A rep's own columns as `RepListRow` names. */
const REP_COLUMNS = sql`rep.id, rep.name, rep.email, rep.team_id, rep.hire_date::text AS hire_date, rep.active,
  rep.created_at, rep.updated_at`;

/** One page of the reps list (`paginateRows`), each rep with its team when `withTeam`. */
export function repsPage(scope: RepListScope, page: PageClauses): SqlFragment {
  return sql`SELECT ${REP_COLUMNS}, ${page.sortKey}${scope.withTeam ? TEAM_COLUMNS : emptySql}
    FROM rep ${scope.withTeam ? TEAM_JOIN : emptySql}
   WHERE ${repsWhere(scope)} AND ${page.after}
   ${page.orderAndLimit}`;
}

/**
 * One rep by id, if the caller may see it (`repVisibleTo`, the list's rule), with its team when `withTeam`:
 * no row for a rep that does not exist and for one out of sight alike.
 */
export async function repById(
  runner: Pick<EntityManager, 'query'>,
  principal: Principal,
  id: string,
  withTeam: boolean,
): Promise<(RepListRow & Partial<TeamColumns>) | undefined> {
  const [row] = await runSql<RepListRow & Partial<TeamColumns>>(
    runner,
    sql`SELECT ${REP_COLUMNS}${withTeam ? TEAM_COLUMNS : emptySql}
          FROM rep ${withTeam ? TEAM_JOIN : emptySql}
         WHERE rep.id = ${id}::uuid AND ${repVisibleTo(principal, REP_ID)}`,
  );
  return row;
}

/** How many reps the list holds in all pages. */
export function repsCount(scope: RepListScope): SqlFragment {
  return sql`SELECT count(*) AS count FROM rep WHERE ${repsWhere(scope)}`;
}
