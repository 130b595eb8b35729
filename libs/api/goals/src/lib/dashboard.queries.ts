import { sql, type SqlFragment } from '@salesops/api/core';
import { funnelBook, funnelOutcome, FunnelStepOutcome } from '@salesops/api/pipeline';
import { type Period } from '@salesops/domain';

/** One team's standing for a period as the database gives it (bigints and counts as text). */
export interface TeamStandingRow {
  team_id: string;
  name: string;
  parent_id: string | null;
  reps: string;
  won_minor: string;
  deals_won: string;
  deals_lost: string;
  open_deals: string;
  open_minor: string;
  weighted_minor: string;
  target_minor: string | null;
}

/**
 * Every team's standing for a period, `visibleTeams` null for all. Closed deals count for a team (and
 * every team above it) when the rep was in it on the close day: whole-period memberships read the
 * monthly rollup, the rest the daily one, clipped to the membership. Open pipeline is today's, by each
 * rep's team now. An archived team stays in the periods it had members or a goal in (history), and
 * leaves the rest.
 */
export function teamStandings(period: Period, visibleTeams: readonly string[] | null): SqlFragment {
  const start = sql`${period.start}::date`;
  const end = sql`${period.end}::date`;
  const monthlyRollup = period.type !== 'WEEK';
  return sql`
    WITH RECURSIVE closure(ancestor, descendant) AS (
      SELECT id, id FROM team
      UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN team t ON t.parent_id = c.descendant
    ),
    spans AS (
      SELECT m.rep_id, m.team_id, greatest(m.valid_from, ${start}) AS s, least(coalesce(m.valid_to, ${end}), ${end}) AS e,
             ${monthlyRollup}::boolean AND m.valid_from <= ${start} AND (m.valid_to IS NULL OR m.valid_to >= ${end}) AS monthly
        FROM rep_team_membership m
       WHERE m.valid_from < ${end} AND (m.valid_to IS NULL OR m.valid_to > ${start})
    ),
    closed AS (
      SELECT sp.rep_id, sp.team_id, x.won_minor, x.deals_won, x.deals_lost
        FROM spans sp
        CROSS JOIN LATERAL (
          SELECT sum(c.won_minor) AS won_minor, sum(c.deals_won) AS deals_won, sum(c.deals_lost) AS deals_lost
            FROM rep_month_close c WHERE sp.monthly AND c.rep_id = sp.rep_id AND c.month >= ${start} AND c.month < ${end}
          UNION ALL
          SELECT sum(c.won_minor), sum(c.deals_won), sum(c.deals_lost)
            FROM rep_day_close c WHERE NOT sp.monthly AND c.rep_id = sp.rep_id AND c.day >= sp.s AND c.day < sp.e
        ) x
    ),
    closed_by_team AS (
      SELECT k.ancestor AS team_id, count(DISTINCT cl.rep_id) AS reps, coalesce(sum(cl.won_minor), 0) AS won_minor,
             coalesce(sum(cl.deals_won), 0) AS deals_won, coalesce(sum(cl.deals_lost), 0) AS deals_lost
        FROM closed cl JOIN closure k ON k.descendant = cl.team_id
       GROUP BY k.ancestor
    ),
    open_by_team AS (
      SELECT k.ancestor AS team_id, sum(o.deals) AS open_deals, sum(o.value_minor) AS open_minor,
             round(sum(o.value_minor * s.win_probability) / 100) AS weighted_minor
        FROM rep_stage_open o
        JOIN sales_stage s ON s.id = o.stage_id AND s.kind = 'OPEN'
        JOIN rep r ON r.id = o.rep_id
        JOIN closure k ON k.descendant = r.team_id
       GROUP BY k.ancestor
    )
    SELECT t.id AS team_id, t.name, t.parent_id, coalesce(c.reps, 0) AS reps,
           coalesce(c.won_minor, 0) AS won_minor, coalesce(c.deals_won, 0) AS deals_won, coalesce(c.deals_lost, 0) AS deals_lost,
           coalesce(o.open_deals, 0) AS open_deals, coalesce(o.open_minor, 0) AS open_minor, coalesce(o.weighted_minor, 0) AS weighted_minor,
           g.target AS target_minor
      FROM team t
      LEFT JOIN closed_by_team c ON c.team_id = t.id
      LEFT JOIN open_by_team o ON o.team_id = t.id
      LEFT JOIN goal g ON g.team_id = t.id AND g.period_key = ${period.key} AND g.metric = 'WON_REVENUE'
     WHERE ${visibleTeams === null ? sql`TRUE` : sql`t.id = ANY(${visibleTeams}::uuid[])`}
       AND (t.archived_at IS NULL OR c.team_id IS NOT NULL OR g.id IS NOT NULL)
     ORDER BY lower(t.name), t.id`;
}

/** One open stage of the funnel with the book's totals (counts as text). */
export interface FunnelStepRow {
  stage_id: string;
  stage_name: string;
  position: number;
  entered: string;
  advanced: string;
  lost_here: string;
  open_here: string;
  deals: string;
  won: string;
  lost: string;
}

/**
 * How a book of deals moved through the open stages, as it stood at the start of `end` (a period's end,
 * exclusive), for the deals `where` selects (a condition on deal `d`): the book and its rules are
 * `funnelBook`'s (libs/api/pipeline), which the deals list reads back per count (`funnelStep` filter).
 */
export function funnelSteps(end: string, where: SqlFragment): SqlFragment {
  return sql`
    WITH ${funnelBook(end, where)},
    totals AS (
      SELECT count(*) AS deals, count(*) FILTER (WHERE kind = 'WON') AS won, count(*) FILTER (WHERE kind = 'LOST') AS lost FROM book
    )
    SELECT st.id AS stage_id, st.name AS stage_name, st.position, tot.deals, tot.won, tot.lost,
           count(b.kind) FILTER (WHERE ${funnelOutcome(FunnelStepOutcome.ENTERED)}) AS entered,
           count(b.kind) FILTER (WHERE ${funnelOutcome(FunnelStepOutcome.ADVANCED)}) AS advanced,
           count(b.kind) FILTER (WHERE ${funnelOutcome(FunnelStepOutcome.LOST_HERE)}) AS lost_here,
           count(b.kind) FILTER (WHERE ${funnelOutcome(FunnelStepOutcome.OPEN_HERE)}) AS open_here
      FROM steps st CROSS JOIN n CROSS JOIN totals tot LEFT JOIN book b ON TRUE
     GROUP BY st.id, st.name, st.position, st.step, n.last, tot.deals, tot.won, tot.lost
     ORDER BY st.position`;
}

/**
 * A team's funnel counts a deal when its rep was in the team (or below it) on the day the deal was
 * engaged, as team performance and team goals count a deal on its day; a lead not yet engaged counts
 * for the team its rep was in on the period's last day.
 */
export function funnelOfTeam(subtree: SqlFragment, end: string): SqlFragment {
  const day = sql`coalesce(d.engage_date, ${end}::date - 1)`;
  return sql`EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = d.rep_id AND m.team_id IN (${subtree})
                 AND m.valid_from <= ${day} AND (m.valid_to IS NULL OR m.valid_to > ${day}))`;
}
