import { type Principal, sql, type SqlFragment } from '@salesops/api/core';
import { repVisibleTo, subtreeOf } from '@salesops/api/org';
import { type Period } from '@salesops/domain';

import { PerformanceKpi } from './dtos/performance.dto';

/** One rep's row of the board as the database gives it (bigints, counts and decimals as text). */
export interface LeaderboardRow {
  rep_id: string;
  rep_name: string;
  team_id: string;
  team_name: string;
  active: boolean;
  won_minor: string;
  deals_won: string;
  deals_lost: string;
  win_rate: string | null;
  avg_deal_minor: string | null;
  cycle_days: string | null;
  open_deals: string;
  open_minor: string;
  weighted_minor: string;
  target_minor: string | null;
  attainment: string | null;
}

// Sums over the rollup tables (rep_day_close, rep_month_close), which triggers keep current on every write.
const CLOSED_SUMS = sql`sum(c.won_minor) AS won_minor, sum(c.deals_won) AS deals_won, sum(c.deals_lost) AS deals_lost,
  sum(c.won_cycle_days)::numeric / nullif(sum(c.won_with_engage), 0) AS cycle_days`;

const ORDER: Record<PerformanceKpi, SqlFragment> = {
  [PerformanceKpi.WON_REVENUE]: sql`won_minor DESC`,
  [PerformanceKpi.ATTAINMENT]: sql`attainment DESC NULLS LAST`,
  [PerformanceKpi.DEALS_WON]: sql`deals_won DESC`,
  [PerformanceKpi.WIN_RATE]: sql`win_rate DESC NULLS LAST`,
  [PerformanceKpi.AVG_DEAL_SIZE]: sql`avg_deal_minor DESC NULLS LAST`,
  // A shorter cycle is better.
  [PerformanceKpi.SALES_CYCLE_DAYS]: sql`cycle_days ASC NULLS LAST`,
  [PerformanceKpi.OPEN_PIPELINE]: sql`open_minor DESC`,
  [PerformanceKpi.WEIGHTED_PIPELINE]: sql`weighted_minor DESC`,
};

/**
 * Rep KPIs for a period in one statement for the whole board, read from rollups kept current by triggers
 * (see the AddPerformanceRollups migration), for the reps the caller may see. Closed deals count in the
 * period they closed in; with `teamId`, only the days the rep belonged to the team or a team below it
 * (effective-dated membership), and only reps who belonged to it during the period. Open pipeline is as of
 * now. Win rate = won / (won + lost), rounded half up to 4 decimals; attainment likewise against the rep's
 * WON_REVENUE goal (for the sort; the API shows `attainmentOf`).
 */
export function leaderboardRows(
  principal: Principal,
  period: Period,
  options: { teamId: string | null; rankBy: PerformanceKpi; first: number },
): SqlFragment {
  const start = sql`${period.start}::date`;
  const end = sql`${period.end}::date`;
  let closedByRep: SqlFragment;
  let inTeam: SqlFragment = sql`TRUE`;
  if (options.teamId) {
    // Only the days each rep belonged to the team (or below it): the daily rollup against membership.
    const teams = subtreeOf(options.teamId);
    inTeam = sql`EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = r.id AND m.team_id IN (${teams})
                   AND m.valid_from < ${end} AND (m.valid_to IS NULL OR m.valid_to > ${start}))`;
    closedByRep = sql`SELECT c.rep_id, ${CLOSED_SUMS} FROM rep_day_close c
                       JOIN rep_team_membership m ON m.rep_id = c.rep_id AND m.team_id IN (${teams})
                        AND c.day >= m.valid_from AND (m.valid_to IS NULL OR c.day < m.valid_to)
                      WHERE c.day >= ${start} AND c.day < ${end} GROUP BY c.rep_id`;
  } else if (period.type === 'WEEK') {
    closedByRep = sql`SELECT c.rep_id, ${CLOSED_SUMS} FROM rep_day_close c WHERE c.day >= ${start} AND c.day < ${end} GROUP BY c.rep_id`;
  } else {
    // Years, quarters and months start on the first of a month: the monthly rollup covers them exactly.
    closedByRep = sql`SELECT c.rep_id, ${CLOSED_SUMS} FROM rep_month_close c WHERE c.month >= ${start} AND c.month < ${end} GROUP BY c.rep_id`;
  }
  return sql`
    WITH closed_by_rep AS (${closedByRep}),
    open_by_rep AS (
      SELECT o.rep_id, sum(o.deals) AS open_deals, sum(o.value_minor) AS open_minor,
             round(sum(o.value_minor * s.win_probability) / 100) AS weighted_minor
        FROM rep_stage_open o JOIN sales_stage s ON s.id = o.stage_id AND s.kind = 'OPEN'
       GROUP BY o.rep_id
    ),
    board AS (
      SELECT r.id AS rep_id, r.name AS rep_name, r.team_id, t.name AS team_name, r.active,
             coalesce(c.won_minor, 0) AS won_minor,
             coalesce(c.deals_won, 0) AS deals_won,
             coalesce(c.deals_lost, 0) AS deals_lost,
             CASE WHEN coalesce(c.deals_won, 0) + coalesce(c.deals_lost, 0) = 0 THEN NULL
                  ELSE round(c.deals_won::numeric / (c.deals_won + c.deals_lost), 4) END AS win_rate,
             CASE WHEN coalesce(c.deals_won, 0) = 0 THEN NULL ELSE round(c.won_minor::numeric / c.deals_won) END AS avg_deal_minor,
             round(c.cycle_days, 1) AS cycle_days,
             coalesce(o.open_deals, 0) AS open_deals,
             coalesce(o.open_minor, 0) AS open_minor,
             coalesce(o.weighted_minor, 0) AS weighted_minor,
             g.target AS target_minor,
             CASE WHEN g.target > 0 THEN round(coalesce(c.won_minor, 0)::numeric / g.target, 4) END AS attainment
        FROM rep r
        JOIN team t ON t.id = r.team_id
        LEFT JOIN goal g ON g.rep_id = r.id AND g.period_key = ${period.key} AND g.metric = 'WON_REVENUE'
        LEFT JOIN closed_by_rep c ON c.rep_id = r.id
        LEFT JOIN open_by_rep o ON o.rep_id = r.id
       WHERE ${repVisibleTo(principal, sql`r.id`)} AND ${inTeam}
    )
    SELECT * FROM board ORDER BY ${ORDER[options.rankBy]}, lower(rep_name), rep_id LIMIT ${options.first}`;
}
