import { type Principal, Role, sql, type SqlFragment } from '@salesops/api/core';

/**
 * Who may see whose data, written once (CONVENTIONS rule 18): a condition on a rep id column that
 * every query listing people's data adds to its WHERE. An admin (and an integrator's key, which reads
 * as an admin) sees every rep; a manager the reps whose team is one they lead or lies below one; a rep
 * only themself. Access follows each rep's team today; figures follow membership history.
 */
export function repVisibleTo(principal: Principal, repId: SqlFragment): SqlFragment {
  switch (principal.role) {
    case Role.ADMIN:
      return sql`TRUE`;
    case Role.MANAGER:
      return sql`${repId} IN (SELECT vr.id FROM rep vr WHERE ${teamVisibleTo(principal, sql`vr.team_id`)})`;
    case Role.REP:
      return principal.repId ? sql`${repId} = ${principal.repId}::uuid` : sql`FALSE`;
  }
}

/**
 * The same rule for a team id column: an admin sees every team, a manager the teams they lead and
 * everything below them, a rep their own team.
 */
export function teamVisibleTo(principal: Principal, teamId: SqlFragment): SqlFragment {
  switch (principal.role) {
    case Role.ADMIN:
      return sql`TRUE`;
    case Role.MANAGER:
      return sql`${teamId} IN (
        WITH RECURSIVE led AS (
          SELECT id FROM team WHERE manager_id = ${principal.userId}::uuid
          UNION SELECT t.id FROM team t JOIN led ON t.parent_id = led.id
        ) SELECT id FROM led)`;
    case Role.REP:
      return principal.repId
        ? sql`${teamId} = (SELECT team_id FROM rep WHERE id = ${principal.repId}::uuid)`
        : sql`FALSE`;
  }
}
