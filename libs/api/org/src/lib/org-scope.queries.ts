import { runSql, sql, type SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** The ids of the teams `start` selects and of every team below them. */
async function teamsBelow(runner: Runner, start: SqlFragment): Promise<string[]> {
  const rows = await runSql<{ id: string }>(
    runner,
    sql`WITH RECURSIVE tree AS (
       SELECT id FROM team WHERE ${start}
       UNION SELECT t.id FROM team t JOIN tree ON t.parent_id = tree.id
     ) SELECT id FROM tree`,
  );
  return rows.map((row) => row.id);
}

/** The ids of a team and every team below it. */
export function teamSubtreeIds(runner: Runner, teamId: string): Promise<string[]> {
  return teamsBelow(runner, sql`id = ${teamId}`);
}

/** The ids of every team a user leads and every team below those. */
export function teamsLedBy(runner: Runner, userId: string): Promise<string[]> {
  return teamsBelow(runner, sql`manager_id = ${userId}`);
}

/** The team of a rep (no row when there is no such rep). */
export function teamOfRep(runner: Runner, repId: string): Promise<{ team_id: string }[]> {
  return runSql(runner, sql`SELECT team_id FROM rep WHERE id = ${repId}`);
}
