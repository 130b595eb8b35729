import { type Principal, Role, sql, type SqlFragment } from '@salesops/api/core';
import { repVisibleTo, subtreeOf, teamVisibleTo } from '@salesops/api/org';
import { type Period } from '@salesops/domain';

import { type GoalMetric } from './goal.entity';

/**
 * The goals a caller may see, as a condition on goal `g`: a rep their own; a manager their teams' and their
 * reps'; an admin all.
 */
export function goalVisibleTo(principal: Principal): SqlFragment {
  const ofRep = sql`(g.rep_id IS NOT NULL AND ${repVisibleTo(principal, sql`g.rep_id`)})`;
  if (principal.role === Role.REP) return ofRep;
  return sql`(${ofRep} OR (g.team_id IS NOT NULL AND ${teamVisibleTo(principal, sql`g.team_id`)}))`;
}

/** A subject's goal of a period and metric, locked for update until the transaction ends. */
export function lockGoal(
  subject: { repId?: string | null; teamId?: string | null },
  periodKey: string,
  metric: GoalMetric,
): SqlFragment {
  const who = subject.repId ? sql`rep_id = ${subject.repId}::uuid` : sql`team_id = ${subject.teamId}::uuid`;
  return sql`SELECT id, version, target FROM goal WHERE ${who} AND period_key = ${periodKey} AND metric = ${metric} FOR UPDATE`;
}

/** A new target for a goal, its version one up. */
export function updateGoalTarget(id: string, target: string): SqlFragment {
  return sql`UPDATE goal SET target = ${target}::bigint, updated_at = now(), version = version + 1 WHERE id = ${id}::uuid`;
}

/** A new goal; no row back when the same goal was created at the same moment. */
export function insertGoal(
  id: string,
  subject: { repId: string | null; teamId: string | null },
  period: Period,
  metric: GoalMetric,
  target: string,
): SqlFragment {
  return sql`INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
             VALUES (${id}::uuid, ${subject.repId}::uuid, ${subject.teamId}::uuid, ${period.key}, ${period.start}::date,
                     ${period.end}::date, ${metric}, ${target}::bigint, 'USD')
             ON CONFLICT DO NOTHING RETURNING id`;
}

/** The same target for every active rep of a team (not of the teams below), created or overwritten. */
export function setTeamRepGoals(
  teamId: string,
  period: Period,
  metric: GoalMetric,
  target: string,
): SqlFragment {
  return sql`
    INSERT INTO goal (id, rep_id, period_key, period_start, period_end, metric, target, currency)
    SELECT gen_random_uuid(), r.id, ${period.key}, ${period.start}::date, ${period.end}::date, ${metric}, ${target}::bigint, 'USD'
      FROM rep r WHERE r.team_id = ${teamId}::uuid AND r.active
    ON CONFLICT (rep_id, period_key, metric) WHERE rep_id IS NOT NULL
    DO UPDATE SET target = EXCLUDED.target, updated_at = now(), version = goal.version + 1
    RETURNING id`;
}

/** The goals of a period a copy would take: those the caller may see, within a team's subtree if given. */
export function goalsToCopy(principal: Principal, fromPeriodKey: string, teamId: string | null): SqlFragment {
  const within = teamId
    ? sql`(g.team_id IN (${subtreeOf(teamId)}) OR r.team_id IN (${subtreeOf(teamId)}))`
    : sql`TRUE`;
  return sql`g.period_key = ${fromPeriodKey} AND ${goalVisibleTo(principal)} AND ${within}`;
}

export function countGoals(where: SqlFragment): SqlFragment {
  return sql`SELECT count(*) AS total FROM goal g LEFT JOIN rep r ON r.id = g.rep_id WHERE ${where}`;
}

/**
 * Copies the goals `where` selects into another period of the same kind, each target changed by
 * `percentChange` and rounded half away from zero to the unit (cent or deal); goals already set there stay.
 */
export function copyGoals(where: SqlFragment, to: Period, percentChange: number): SqlFragment {
  return sql`
    INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
    SELECT gen_random_uuid(), g.rep_id, g.team_id, ${to.key}, ${to.start}::date, ${to.end}::date, g.metric,
           round(g.target * (100 + ${percentChange}::int) / 100.0)::bigint, g.currency
      FROM goal g LEFT JOIN rep r ON r.id = g.rep_id
     WHERE ${where}
    ON CONFLICT DO NOTHING
    RETURNING id`;
}

/** Each team's own goal against the sum of its current active reps' goals (`visibleTeams` null: all). */
export function teamGoalGaps(
  periodKey: string,
  metric: GoalMetric,
  visibleTeams: readonly string[] | null,
): SqlFragment {
  return sql`
    SELECT t.id AS team_id, t.name AS team_name, tg.target AS team_target,
           coalesce(sum(rg.target), 0) AS rep_sum,
           count(rg.id) AS with_goal, count(r.id) - count(rg.id) AS without_goal
      FROM team t
      LEFT JOIN goal tg ON tg.team_id = t.id AND tg.period_key = ${periodKey} AND tg.metric = ${metric}
      LEFT JOIN rep r ON r.team_id = t.id AND r.active
      LEFT JOIN goal rg ON rg.rep_id = r.id AND rg.period_key = ${periodKey} AND rg.metric = ${metric}
     WHERE ${visibleTeams === null ? sql`TRUE` : sql`t.id = ANY(${visibleTeams}::uuid[])`}
     GROUP BY t.id, t.name, tg.target
     ORDER BY lower(t.name)`;
}

export function teamsByIds(ids: readonly string[]): SqlFragment {
  return sql`SELECT id, name FROM team WHERE id = ANY(${ids}::uuid[])`;
}

export function repsByIds(ids: readonly string[]): SqlFragment {
  return sql`SELECT id, name, team_id FROM rep WHERE id = ANY(${ids}::uuid[])`;
}

/** A goal with its subject's name, locked for its deletion. */
export function lockGoalForDelete(id: string): SqlFragment {
  return sql`SELECT g.id, g.version, g.period_key, g.metric, g.target, g.rep_id, g.team_id, coalesce(r.name, t.name) AS subject
               FROM goal g LEFT JOIN rep r ON r.id = g.rep_id LEFT JOIN team t ON t.id = g.team_id
              WHERE g.id = ${id}::uuid FOR UPDATE OF g`;
}

export function deleteGoal(id: string): SqlFragment {
  return sql`DELETE FROM goal WHERE id = ${id}::uuid`;
}
