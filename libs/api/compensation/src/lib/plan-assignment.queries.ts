import { randomUUID } from 'node:crypto';

import { runSql, runSqlReturning, sql, type SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

export interface AssignmentRow {
  id: string;
  rep_id: string;
  rep_name: string;
  team_name: string;
  plan_version_id: string;
  plan_name: string;
  version_number: number;
  valid_from: string;
  valid_to: string | null;
  acknowledged_at: Date | null;
}

/** Assignments with the rep, their team today, the plan, and whether the rep accepted that version. */
export function assignments(runner: Runner, where: SqlFragment): Promise<AssignmentRow[]> {
  return runSql(
    runner,
    sql`SELECT a.id, a.rep_id, r.name AS rep_name, t.name AS team_name, a.plan_version_id, p.name AS plan_name,
               v.number AS version_number, a.valid_from::text, a.valid_to::text, k.accepted_at AS acknowledged_at
          FROM plan_assignment a
          JOIN rep r ON r.id = a.rep_id JOIN team t ON t.id = r.team_id
          JOIN comp_plan_version v ON v.id = a.plan_version_id JOIN comp_plan p ON p.id = v.plan_id
          LEFT JOIN plan_acknowledgement k ON k.rep_id = a.rep_id AND k.plan_version_id = v.id AND k.content_hash = v.content_hash
         WHERE ${where}
         ORDER BY lower(r.name), a.valid_from DESC
         LIMIT 5000`,
  );
}

/**
 * Gives every rep of `repIds` the version `versionId` on [from, to): the days of any other assignment
 * inside that range are taken from it (ended, started later, split, or removed), in this transaction.
 * Five statements whatever the number of reps (each rep's rows are independent of the others'). Returns
 * the new assignments' ids in the order of `repIds`.
 */
export async function assignReps(
  runner: Runner,
  repIds: readonly string[],
  versionId: string,
  from: string,
  to: string | null,
): Promise<string[]> {
  const end = sql`coalesce(${to}::date, 'infinity'::date)`;
  const reps = sql`rep_id = ANY(${repIds}::uuid[])`;
  // A longer assignment around the new one keeps its tail after it.
  await runSql(
    runner,
    sql`INSERT INTO plan_assignment (id, rep_id, plan_version_id, valid_from, valid_to)
        SELECT gen_random_uuid(), rep_id, plan_version_id, ${to}::date, valid_to FROM plan_assignment
         WHERE ${reps} AND ${to}::date IS NOT NULL AND valid_from < ${from}::date
           AND coalesce(valid_to, 'infinity'::date) > ${to}::date`,
  );
  await runSql(
    runner,
    sql`UPDATE plan_assignment SET valid_to = ${from}::date
         WHERE ${reps} AND valid_from < ${from}::date AND coalesce(valid_to, 'infinity'::date) > ${from}::date`,
  );
  await runSql(
    runner,
    sql`UPDATE plan_assignment SET valid_from = ${end}
         WHERE ${reps} AND valid_from >= ${from}::date AND valid_from < ${end} AND coalesce(valid_to, 'infinity'::date) > ${end}`,
  );
  await runSql(
    runner,
    sql`DELETE FROM plan_assignment
         WHERE ${reps} AND valid_from >= ${from}::date AND coalesce(valid_to, 'infinity'::date) <= ${end}`,
  );
  const ids = repIds.map(() => randomUUID());
  await runSql(
    runner,
    sql`INSERT INTO plan_assignment (id, rep_id, plan_version_id, valid_from, valid_to)
        SELECT id, rep_id, ${versionId}::uuid, ${from}::date, ${to}::date FROM unnest(${ids}::uuid[], ${repIds}::uuid[]) AS n(id, rep_id)`,
  );
  return ids;
}

/**
 * Moves every rep on `fromVersion` from `day` on to `toVersion`: assignments that start on or after it
 * change version; one running across it is split there. Returns how many assignments moved.
 */
export async function moveAssignmentsToVersion(
  runner: Runner,
  fromVersion: string,
  toVersion: string,
  day: string,
): Promise<number> {
  const split = await runSql<{ id: string }>(
    runner,
    sql`INSERT INTO plan_assignment (id, rep_id, plan_version_id, valid_from, valid_to)
        SELECT gen_random_uuid(), rep_id, ${toVersion}, ${day}::date, valid_to FROM plan_assignment
         WHERE plan_version_id = ${fromVersion} AND valid_from < ${day}::date AND coalesce(valid_to, 'infinity'::date) > ${day}::date
        RETURNING id`,
  );
  await runSql(
    runner,
    sql`UPDATE plan_assignment SET valid_to = ${day}::date
         WHERE plan_version_id = ${fromVersion} AND valid_from < ${day}::date AND coalesce(valid_to, 'infinity'::date) > ${day}::date`,
  );
  const later = await runSqlReturning<{ id: string }>(
    runner,
    sql`UPDATE plan_assignment SET plan_version_id = ${toVersion} WHERE plan_version_id = ${fromVersion} AND valid_from >= ${day}::date RETURNING id`,
  );
  return split.length + later.length;
}

/** The active reps of a team and of every team below it, locked (in id order) until the transaction ends. */
export function lockActiveRepsOfTeam(
  runner: Runner,
  teamId: string,
): Promise<{ id: string; name: string }[]> {
  return runSql(
    runner,
    sql`WITH RECURSIVE tree AS (SELECT id FROM team WHERE id = ${teamId}::uuid UNION SELECT t.id FROM team t JOIN tree ON t.parent_id = tree.id)
        SELECT r.id, r.name FROM rep r JOIN tree ON tree.id = r.team_id WHERE r.active ORDER BY r.id FOR UPDATE OF r`,
  );
}

/** The reps of these ids (those that exist), locked (in id order) until the transaction ends. */
export function lockReps(
  runner: Runner,
  repIds: readonly string[] | null | undefined,
): Promise<{ id: string; name: string }[]> {
  return runSql(
    runner,
    sql`SELECT id, name FROM rep WHERE id = ANY(${repIds}::uuid[]) ORDER BY id FOR UPDATE`,
  );
}

export async function lockAssignment(runner: Runner, id: string): Promise<AssignmentRow | null> {
  await runSql(runner, sql`SELECT id FROM plan_assignment WHERE id = ${id} FOR UPDATE`);
  const [row] = await assignments(runner, sql`a.id = ${id}`);
  return row ?? null;
}

export async function endAssignment(runner: Runner, id: string, endsOn: string): Promise<void> {
  await runSql(runner, sql`UPDATE plan_assignment SET valid_to = ${endsOn}::date WHERE id = ${id}`);
}

export async function deleteAssignment(runner: Runner, id: string): Promise<void> {
  await runSql(runner, sql`DELETE FROM plan_assignment WHERE id = ${id}`);
}
