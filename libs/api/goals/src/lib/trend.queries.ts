import { type Principal, sql, type SqlFragment } from '@salesops/api/core';
import { dealsOfSubject, repVisibleTo, type SubjectFilter, teamVisibleTo } from '@salesops/api/org';
import { type Period } from '@salesops/domain';

/** One period of a trend as the database gives it (bigints as text). */
export interface TrendPointRow {
  key: string;
  won_minor: string;
  deals_won: number;
  deals_lost: number;
  new_pipeline_minor: string;
  open_deals: number;
  open_minor: string;
  target_minor: string | null;
}

/**
 * A subject's figures for each of `periods` (consecutive, in order), in one statement:
 * - won revenue, deals won and lost: deals closed in the period (by close date); a team's, the deals of
 *   whoever was in it (or below it) on the close date, as goals and team standings count them;
 * - new pipeline: deals engaged in the period at their amount, else the product's list price (the goal
 *   metric NEW_PIPELINE), a team's by membership on the engage date;
 * - open pipeline at the period's end: deals engaged before the end and not closed before it, at the open
 *   deal's amount, else its product's list price (a deal closed since is valued at its list price: its
 *   close amount was not known then), as the forecasts' as-of pipeline values it; a team's, the deals of
 *   whoever was in it on the period's last day;
 * - the subject's own WON_REVENUE goal for the period, if set (none for the company).
 */
export function trendPoints(subject: SubjectFilter, periods: readonly Period[]): SqlFragment {
  const goal = goalOf(subject);
  const first = periods[0]?.start ?? '1900-01-01';
  const last = periods.at(-1)?.end ?? '1900-01-01';
  return sql`
    WITH b AS (
      SELECT * FROM unnest(${periods.map((p) => p.key)}::text[], ${periods.map((p) => p.start)}::date[], ${periods.map((p) => p.end)}::date[])
        AS b(key, s, e)
    ),
    closed AS (
      SELECT b.key, coalesce(sum(d.amount_minor) FILTER (WHERE st.kind = 'WON'), 0) AS won_minor,
             count(*) FILTER (WHERE st.kind = 'WON')::int AS deals_won, count(*) FILTER (WHERE st.kind = 'LOST')::int AS deals_lost
        FROM deal d
        JOIN sales_stage st ON st.id = d.stage_id AND st.kind <> 'OPEN'
        JOIN b ON d.close_date >= b.s AND d.close_date < b.e
       WHERE d.close_date >= ${first}::date AND d.close_date < ${last}::date AND ${dealsOfSubject(subject, sql`d.close_date`)}
       GROUP BY b.key
    ),
    engaged AS (
      SELECT b.key, coalesce(sum(coalesce(d.amount_minor, p.list_price_minor, 0)), 0) AS new_pipeline_minor
        FROM deal d
        LEFT JOIN product p ON p.id = d.product_id
        JOIN b ON d.engage_date >= b.s AND d.engage_date < b.e
       WHERE d.engage_date >= ${first}::date AND d.engage_date < ${last}::date AND ${dealsOfSubject(subject, sql`d.engage_date`)}
       GROUP BY b.key
    ),
    open_then AS (
      SELECT b.key, count(*)::int AS open_deals,
             coalesce(sum(coalesce(CASE WHEN st.kind = 'OPEN' THEN d.amount_minor END, p.list_price_minor, 0)), 0) AS open_minor
        FROM b
        JOIN deal d ON d.engage_date < b.e
        JOIN sales_stage st ON st.id = d.stage_id AND (st.kind = 'OPEN' OR d.close_date >= b.e)
        LEFT JOIN product p ON p.id = d.product_id
       WHERE d.engage_date < ${last}::date AND (st.kind = 'OPEN' OR d.close_date >= ${first}::date)
         AND ${dealsOfSubject(subject, sql`(b.e - 1)`)}
       GROUP BY b.key
    )
    SELECT b.key, coalesce(c.won_minor, 0)::text AS won_minor, coalesce(c.deals_won, 0) AS deals_won,
           coalesce(c.deals_lost, 0) AS deals_lost, coalesce(n.new_pipeline_minor, 0)::text AS new_pipeline_minor,
           coalesce(o.open_deals, 0) AS open_deals, coalesce(o.open_minor, 0)::text AS open_minor,
           (SELECT g.target::text FROM goal g WHERE g.period_key = b.key AND g.metric = 'WON_REVENUE' AND ${goal}) AS target_minor
      FROM b
      LEFT JOIN closed c ON c.key = b.key
      LEFT JOIN engaged n ON n.key = b.key
      LEFT JOIN open_then o ON o.key = b.key
     ORDER BY b.s`;
}

/** The subject's own goals (a rep's or a team's; the company sets none), as a condition on goal `g`. */
function goalOf(subject: SubjectFilter): SqlFragment {
  if (subject.kind === 'REP') return sql`g.rep_id = ${subject.id}::uuid`;
  if (subject.kind === 'TEAM') return sql`g.team_id = ${subject.id}::uuid`;
  return sql`FALSE`;
}

/** The subject's WON_REVENUE goal for one period (its target in minor units as text), if set. */
export function wonRevenueGoal(subject: SubjectFilter, periodKey: string): SqlFragment {
  return sql`SELECT g.target::text AS target FROM goal g
              WHERE g.period_key = ${periodKey} AND g.metric = 'WON_REVENUE' AND ${goalOf(subject)}`;
}

export interface NamedRow {
  id: string;
  name: string;
}

/** A rep by id, only if the caller may see them. */
export function visibleRep(principal: Principal, repId: string): SqlFragment {
  return sql`SELECT r.id, r.name FROM rep r WHERE r.id = ${repId}::uuid AND ${repVisibleTo(principal, sql`r.id`)}`;
}

/** A team by id, only if the caller may see it. */
export function visibleTeam(principal: Principal, teamId: string): SqlFragment {
  return sql`SELECT t.id, t.name FROM team t WHERE t.id = ${teamId}::uuid AND ${teamVisibleTo(principal, sql`t.id`)}`;
}
