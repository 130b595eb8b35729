import {
  allOf,
  emptySql,
  likePattern,
  type PageClauses,
  type PagedRow,
  type Principal,
  type RowsSort,
  runSql,
  selectedColumns,
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

/**
 * A rep of the list; the hire date as `YYYY-MM-DD`. Only the columns of the fields the query selects are
 * read (`RepSelection`): the others are absent.
 */
export interface RepListRow extends PagedRow {
  team_id: string;
  name?: string;
  email?: string;
  hire_date?: string | null;
  active?: boolean;
  created_at?: Date;
  updated_at?: Date;
}

/**
 * A rep's team as columns (`team_`-prefixed) when it comes with the rep: `team_row_id` always, the others
 * when the query selects the fields they answer.
 */
export interface TeamColumns {
  team_row_id: string | null;
  team_name?: string;
  team_parent_id?: string | null;
  team_manager_id?: string | null;
  team_archived_at?: Date | null;
  team_created_at?: Date;
  team_updated_at?: Date;
}

/**
 * The fields a read of reps answers (`selectedFields`): the rep's, and its team's when the query asks for
 * the team, which then comes in the same statement. `undefined` for the rep's: every column.
 */
export interface RepSelection {
  rep?: ReadonlySet<string>;
  team: ReadonlySet<string> | null;
}

/**
 * What the reps list is narrowed to: who asks, the filter as given, with a team filter the teams it takes
 * (the service resolves the subtree), and what the query selects of each rep.
 */
export interface RepListScope {
  principal: Principal;
  filter: RepFilter;
  teamIds: readonly string[] | null;
  selection: RepSelection;
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

/** A rep's columns beyond `id` and `team_id`, as `RepListRow` names. */
const REP_COLUMNS = {
  name: sql`rep.name`,
  email: sql`rep.email`,
  hire_date: sql`rep.hire_date::text AS hire_date`,
  active: sql`rep.active`,
  created_at: sql`rep.created_at`,
  updated_at: sql`rep.updated_at`,
};

/** The columns each field of `Rep` needs besides `id` and `team_id` (`team` comes by its own selection). */
const REP_FIELD_COLUMNS: Record<string, readonly (keyof typeof REP_COLUMNS)[]> = {
  id: [],
  teamId: [],
  team: [],
  name: ['name'],
  email: ['email'],
  hireDate: ['hire_date'],
  active: ['active'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
};

/** A team's columns beyond its id, as `TeamColumns` names, for a statement that joins `team` to `rep`. */
const TEAM_COLUMNS = {
  team_name: sql`team.name AS team_name`,
  team_parent_id: sql`team.parent_id AS team_parent_id`,
  team_manager_id: sql`team.manager_id AS team_manager_id`,
  team_archived_at: sql`team.archived_at AS team_archived_at`,
  team_created_at: sql`team.created_at AS team_created_at`,
  team_updated_at: sql`team.updated_at AS team_updated_at`,
};

/** The columns each field of `Team` needs besides its id, its field resolvers' included. */
const TEAM_FIELD_COLUMNS: Record<string, readonly (keyof typeof TEAM_COLUMNS)[]> = {
  id: [],
  repCount: [],
  name: ['team_name'],
  parentId: ['team_parent_id'],
  parent: ['team_parent_id'],
  managerId: ['team_manager_id'],
  manager: ['team_manager_id'],
  archivedAt: ['team_archived_at'],
  createdAt: ['team_created_at'],
  updatedAt: ['team_updated_at'],
};
const TEAM_JOIN = sql`LEFT JOIN team ON team.id = rep.team_id`;

/** The select list and joins of a read of reps: the columns its selection needs, the team's by join. */
function repRead({ rep, team }: RepSelection): { columns: SqlFragment; join: SqlFragment } {
  const repColumns = selectedColumns(rep, REP_COLUMNS, REP_FIELD_COLUMNS);
  if (!team) return { columns: sql`rep.id, rep.team_id${repColumns}`, join: emptySql };
  return {
    columns: sql`rep.id, rep.team_id${repColumns}, team.id AS team_row_id${selectedColumns(team, TEAM_COLUMNS, TEAM_FIELD_COLUMNS)}`,
    join: TEAM_JOIN,
  };
}

/** One page of the reps list (`paginateRows`), each rep with the columns its selection needs. */
export function repsPage(scope: RepListScope, page: PageClauses): SqlFragment {
  const read = repRead(scope.selection);
  return sql`SELECT ${read.columns}, ${page.sortKey}
    FROM rep ${read.join}
   WHERE ${repsWhere(scope)} AND ${page.after}
   ${page.orderAndLimit}`;
}

/**
 * One rep by id, if the caller may see it (`repVisibleTo`, the list's rule), read as the list reads it: no
 * row for a rep that does not exist and for one out of sight alike.
 */
export async function repById(
  runner: Pick<EntityManager, 'query'>,
  principal: Principal,
  id: string,
  selection: RepSelection,
): Promise<(RepListRow & Partial<TeamColumns>) | undefined> {
  const read = repRead(selection);
  const [row] = await runSql<RepListRow & Partial<TeamColumns>>(
    runner,
    sql`SELECT ${read.columns}
          FROM rep ${read.join}
         WHERE rep.id = ${id}::uuid AND ${repVisibleTo(principal, REP_ID)}`,
  );
  return row;
}

/** How many reps the list holds in all pages. */
export function repsCount(scope: RepListScope): SqlFragment {
  return sql`SELECT count(*) AS count FROM rep WHERE ${repsWhere(scope)}`;
}
