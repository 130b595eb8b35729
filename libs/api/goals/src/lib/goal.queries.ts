import { type Principal, Role, sql, type SqlFragment } from '@salesops/api/core';
import { repVisibleTo, subtreeOf, teamVisibleTo } from '@salesops/api/org';

import { type GoalMetric } from './goal.entity';

/** A goal with what was achieved against it, as the database gives it (bigints as text). */
export interface GoalActualRow {
  id: string;
  rep_id: string | null;
  team_id: string | null;
  subject_name: string;
  period_key: string;
  metric: GoalMetric;
  target: string;
  currency: string;
  version: number;
  actual: string;
}

/**
 * Goals with what was achieved, filtered by `where` (on `g` the goal, `r` its rep, `t` its team): rep goals
 * from the rep's deals; team goals from the deals of everyone who was in the team (or below it) on the
 * deal's date. WON_REVENUE and DEALS_WON count won deals by close date, NEW_PIPELINE every deal by engage
 * date at its amount (or its product's list price). One statement for the whole list; the goals screen
 * and the payout statements read attainment from here, so both always agree.
 */
export function goalsWithActuals(where: SqlFragment, orderBy: SqlFragment = sql`g.id`): SqlFragment {
  return sql`
  WITH RECURSIVE closure(ancestor, descendant) AS (
    SELECT id, id FROM team
    UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN team t ON t.parent_id = c.descendant
  )
  SELECT g.id, g.rep_id, g.team_id, coalesce(r.name, t.name) AS subject_name, g.period_key, g.metric,
         g.target, g.currency, g.version, a.actual
    FROM goal g
    LEFT JOIN rep r ON r.id = g.rep_id
    LEFT JOIN team t ON t.id = g.team_id
    CROSS JOIN LATERAL (
      SELECT CASE g.metric
               WHEN 'WON_REVENUE' THEN coalesce(sum(x.amount_minor) FILTER (WHERE x.won), 0)
               WHEN 'DEALS_WON' THEN count(*) FILTER (WHERE x.won)
               ELSE coalesce(sum(x.pipeline_minor), 0)
             END AS actual
        FROM (
          SELECT d.rep_id, s.kind = 'WON' AS won, d.amount_minor,
                 coalesce(d.amount_minor, p.list_price_minor, 0) AS pipeline_minor,
                 CASE WHEN g.metric = 'NEW_PIPELINE' THEN d.engage_date ELSE d.close_date END AS on_date
            FROM deal d JOIN sales_stage s ON s.id = d.stage_id LEFT JOIN product p ON p.id = d.product_id
           WHERE d.rep_id IS NOT NULL
        ) x
       WHERE x.on_date >= g.period_start AND x.on_date < g.period_end
         AND (x.rep_id = g.rep_id
              OR (g.team_id IS NOT NULL AND EXISTS (
                    SELECT 1 FROM rep_team_membership m JOIN closure c ON c.descendant = m.team_id AND c.ancestor = g.team_id
                     WHERE m.rep_id = x.rep_id AND x.on_date >= m.valid_from AND (m.valid_to IS NULL OR x.on_date < m.valid_to))))
    ) a
   WHERE ${where}
   ORDER BY ${orderBy}`;
}

/**
 * What each of `repIds` and `teamIds` achieved in one period, by the rule of `goalsWithActuals`, computed
 * set-based: the period's deals are read once and summed per rep and per team (through team membership on
 * each deal's date and the team tree), instead of once per goal. A CTE list ending in `facts(subject_id,
 * won_revenue, deals_won, new_pipeline)` (subjects without a deal have no row).
 */
function periodFacts(
  period: { start: string; end: string },
  repIds: readonly string[],
  teamIds: readonly string[],
): SqlFragment {
  return sql`
  WITH RECURSIVE closure(ancestor, descendant) AS (
    SELECT id, id FROM team
    UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN team t ON t.parent_id = c.descendant
  ),
  -- Everyone who was ever in one of the teams: their deals are the only ones the team goals can count.
  members AS (
    SELECT coalesce(array_agg(DISTINCT m.rep_id), '{}') AS ids
      FROM rep_team_membership m JOIN closure c ON c.descendant = m.team_id WHERE c.ancestor = ANY(${teamIds}::uuid[])
  ),
  x AS (
    SELECT d.rep_id, s.kind = 'WON' AS won, d.amount_minor, coalesce(d.amount_minor, p.list_price_minor, 0) AS pipeline_minor,
           d.close_date >= ${period.start}::date AND d.close_date < ${period.end}::date AS closed_in,
           d.engage_date >= ${period.start}::date AND d.engage_date < ${period.end}::date AS engaged_in,
           d.close_date, d.engage_date
      FROM deal d JOIN sales_stage s ON s.id = d.stage_id LEFT JOIN product p ON p.id = d.product_id
     WHERE d.rep_id = ANY(${repIds}::uuid[] || (SELECT ids FROM members))
       AND ((d.close_date >= ${period.start}::date AND d.close_date < ${period.end}::date)
            OR (d.engage_date >= ${period.start}::date AND d.engage_date < ${period.end}::date))
  ),
  rep_facts AS (
    SELECT x.rep_id AS subject_id,
           coalesce(sum(x.amount_minor) FILTER (WHERE x.won AND x.closed_in), 0) AS won_revenue,
           count(*) FILTER (WHERE x.won AND x.closed_in) AS deals_won,
           coalesce(sum(x.pipeline_minor) FILTER (WHERE x.engaged_in), 0) AS new_pipeline
      FROM x WHERE x.rep_id = ANY(${repIds}::uuid[]) GROUP BY x.rep_id
  ),
  team_facts AS (
    SELECT c.ancestor AS subject_id,
           coalesce(sum(x.amount_minor) FILTER (WHERE x.won AND x.closed_in AND x.close_date >= m.valid_from AND (m.valid_to IS NULL OR x.close_date < m.valid_to)), 0) AS won_revenue,
           count(*) FILTER (WHERE x.won AND x.closed_in AND x.close_date >= m.valid_from AND (m.valid_to IS NULL OR x.close_date < m.valid_to)) AS deals_won,
           coalesce(sum(x.pipeline_minor) FILTER (WHERE x.engaged_in AND x.engage_date >= m.valid_from AND (m.valid_to IS NULL OR x.engage_date < m.valid_to)), 0) AS new_pipeline
      FROM x
      JOIN rep_team_membership m ON m.rep_id = x.rep_id
      JOIN closure c ON c.descendant = m.team_id AND c.ancestor = ANY(${teamIds}::uuid[])
     GROUP BY c.ancestor
  ),
  facts AS (SELECT * FROM rep_facts UNION ALL SELECT * FROM team_facts)`;
}

/** The fact a metric reads, from `facts f`. */
function factOf(metric: SqlFragment): SqlFragment {
  return sql`coalesce(CASE ${metric} WHEN 'WON_REVENUE' THEN f.won_revenue WHEN 'DEALS_WON' THEN f.deals_won ELSE f.new_pipeline END, 0)::text`;
}

/**
 * The same figures as `goalsWithActuals` for the goals of one period whose subject is one of `repIds` or
 * `teamIds`, read once for all (a quarter's payout statements for 10,000 reps); a test holds the two equal.
 */
export function periodGoalsWithActuals(
  period: { key: string; start: string; end: string },
  repIds: readonly string[],
  teamIds: readonly string[],
): SqlFragment {
  return sql`${periodFacts(period, repIds, teamIds)}
  SELECT g.id, g.rep_id, g.team_id, coalesce(r.name, t.name) AS subject_name, g.period_key, g.metric,
         g.target, g.currency, g.version, ${factOf(sql`g.metric`)} AS actual
    FROM goal g
    LEFT JOIN rep r ON r.id = g.rep_id
    LEFT JOIN team t ON t.id = g.team_id
    LEFT JOIN facts f ON f.subject_id = coalesce(g.rep_id, g.team_id)
   WHERE g.period_key = ${period.key} AND (g.rep_id = ANY(${repIds}::uuid[]) OR g.team_id = ANY(${teamIds}::uuid[]))
   ORDER BY g.id`;
}

/** What a rep or team achieved on a metric in a period, goal or not (minor units or a count, as text). */
export interface SubjectActualRow {
  rep_id: string | null;
  team_id: string | null;
  actual: string;
}

/** Each of `repIds` and `teamIds` with its actual on `metric` in the period, by the goals' rule. */
export function periodActuals(
  period: { start: string; end: string },
  metric: GoalMetric,
  repIds: readonly string[],
  teamIds: readonly string[],
): SqlFragment {
  return sql`${periodFacts(period, repIds, teamIds)}
  SELECT s.rep_id, s.team_id, ${factOf(sql`${metric}::text`)} AS actual
    FROM (SELECT unnest(${repIds}::uuid[]) AS rep_id, NULL::uuid AS team_id
          UNION ALL SELECT NULL::uuid, unnest(${teamIds}::uuid[])) s
    LEFT JOIN facts f ON f.subject_id = coalesce(s.rep_id, s.team_id)`;
}

/**
 * The reps and teams whose goals the caller may see (a rep: only themself; a manager: their subtree and
 * its reps; an admin: all), within `teamId`'s subtree if given (reps by their team now), as `{ids}` pairs.
 */
export function goalSubjects(principal: Principal, teamId: string | null): SqlFragment {
  const within = (column: SqlFragment) => (teamId ? sql`${column} IN (${subtreeOf(teamId)})` : sql`TRUE`);
  const teams = principal.role === Role.REP ? sql`FALSE` : teamVisibleTo(principal, sql`t.id`);
  return sql`
    SELECT (SELECT coalesce(array_agg(r.id), '{}') FROM rep r WHERE ${repVisibleTo(principal, sql`r.id`)} AND ${within(sql`r.team_id`)}) AS rep_ids,
           (SELECT coalesce(array_agg(t.id), '{}') FROM team t WHERE ${teams} AND ${within(sql`t.id`)}) AS team_ids`;
}

export interface GoalPeriodRow {
  period_key: string;
  start: string;
  end: string;
  goals: number;
}

/**
 * The periods that hold goals `where` selects (on `g` the goal, `r` its rep), newest first and, among periods
 * that start on the same day, the longest first (the year before its first quarter).
 */
export function goalPeriods(where: SqlFragment): SqlFragment {
  return sql`
    SELECT g.period_key, min(g.period_start)::text AS start, min(g.period_end)::text AS end, count(*)::int AS goals
      FROM goal g LEFT JOIN rep r ON r.id = g.rep_id
     WHERE ${where}
     GROUP BY g.period_key
     ORDER BY min(g.period_start) DESC, min(g.period_end) DESC, g.period_key`;
}
