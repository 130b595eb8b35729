import { runSql, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** How many active reps a team has, each locked FOR SHARE until the transaction ends. */
export async function activeRepsOfTeamForShare(runner: Runner, teamId: string): Promise<number> {
  const [{ reps }] = await runSql<{ reps: number }>(
    runner,
    sql`SELECT count(*)::int AS reps FROM (SELECT 1 FROM rep WHERE team_id = ${teamId} AND active FOR SHARE) r`,
  );
  return reps;
}

/** How many unarchived teams lie directly below a team, each locked FOR SHARE until the transaction ends. */
export async function liveChildTeamsForShare(runner: Runner, teamId: string): Promise<number> {
  const [{ teams }] = await runSql<{ teams: number }>(
    runner,
    sql`SELECT count(*)::int AS teams FROM (SELECT 1 FROM team WHERE parent_id = ${teamId} AND archived_at IS NULL FOR SHARE) t`,
  );
  return teams;
}

/** A team's name and archiving, locked FOR SHARE until the transaction ends (no row when there is none). */
export function teamForShare(
  runner: Runner,
  id: string,
): Promise<{ name: string; archived_at: Date | null }[]> {
  return runSql(runner, sql`SELECT name, archived_at FROM team WHERE id = ${id} FOR SHARE`);
}
