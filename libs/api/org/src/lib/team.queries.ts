import {
  allOf,
  likePattern,
  type PageClauses,
  type PagedRow,
  type Principal,
  type RowsSort,
  sql,
  type SqlFragment,
} from '@salesops/api/core';

import { type TeamFilter, TeamSortField } from './dtos/list.args';
import { teamVisibleTo } from './visibility.queries';

/** The teams list's sort orders. */
export const TEAM_SORTS: Record<TeamSortField, Omit<RowsSort, 'direction'>> = {
  [TeamSortField.NAME]: { expression: sql`lower(team.name)` },
  [TeamSortField.CREATED_AT]: { expression: sql`team.created_at`, type: 'timestamptz' },
};

/** The column the teams list pages on after its sort expression. */
export const TEAM_ID = sql`team.id`;

/** A team of the list. */
export interface TeamListRow extends PagedRow {
  name: string;
  parent_id: string | null;
  manager_id: string | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The teams the caller may see (`teamVisibleTo`) that the filter selects; a team is `team`. */
function teamsWhere(principal: Principal, filter: TeamFilter): SqlFragment {
  const search = filter.search?.trim() ? likePattern(filter.search) : null;
  return allOf([
    teamVisibleTo(principal, TEAM_ID),
    search ? sql`team.name ILIKE ${search} ESCAPE '\\'` : null,
    filter.parentId ? sql`team.parent_id = ${filter.parentId}` : null,
    filter.rootsOnly && sql`team.parent_id IS NULL`,
    !filter.includeArchived && sql`team.archived_at IS NULL`,
  ]);
}

/** One page of the teams list (`paginateRows`). */
export function teamsPage(principal: Principal, filter: TeamFilter, page: PageClauses): SqlFragment {
  return sql`SELECT team.id, team.name, team.parent_id, team.manager_id, team.archived_at, team.created_at,
         team.updated_at, ${page.sortKey}
    FROM team
   WHERE ${teamsWhere(principal, filter)} AND ${page.after}
   ${page.orderAndLimit}`;
}

/** How many teams the list holds in all pages. */
export function teamsCount(principal: Principal, filter: TeamFilter): SqlFragment {
  return sql`SELECT count(*) AS count FROM team WHERE ${teamsWhere(principal, filter)}`;
}
