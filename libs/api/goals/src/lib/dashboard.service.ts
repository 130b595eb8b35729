import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, ComputedCache, type Principal, Role } from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { toMoneyDto } from '@salesops/api/pipeline';
import { attainmentOf, type Period } from '@salesops/domain';
import { DataSource } from 'typeorm';
import { type StageConversionArgs, type StageConversionDto, type TeamPerformanceDto } from './dtos/dashboard.dto';
import { coverage, PerformanceService } from './performance.service';

interface TeamRow {
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

// Closed deals count for a team (and every team above it) when the rep was in it on the close day:
// whole-period memberships read the monthly rollup, the rest the daily one, clipped to the membership.
const TEAM_PERFORMANCE = `
  WITH RECURSIVE closure(ancestor, descendant) AS (
    SELECT id, id FROM team
    UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN team t ON t.parent_id = c.descendant
  ),
  spans AS (
    SELECT m.rep_id, m.team_id, greatest(m.valid_from, $1::date) AS s, least(coalesce(m.valid_to, $2::date), $2::date) AS e,
           $3::boolean AND m.valid_from <= $1::date AND (m.valid_to IS NULL OR m.valid_to >= $2::date) AS monthly
      FROM rep_team_membership m
     WHERE m.valid_from < $2::date AND (m.valid_to IS NULL OR m.valid_to > $1::date)
  ),
  closed AS (
    SELECT sp.rep_id, sp.team_id, x.won_minor, x.deals_won, x.deals_lost
      FROM spans sp
      CROSS JOIN LATERAL (
        SELECT sum(c.won_minor) AS won_minor, sum(c.deals_won) AS deals_won, sum(c.deals_lost) AS deals_lost
          FROM rep_month_close c WHERE sp.monthly AND c.rep_id = sp.rep_id AND c.month >= $1::date AND c.month < $2::date
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
    LEFT JOIN goal g ON g.team_id = t.id AND g.period_key = $4 AND g.metric = 'WON_REVENUE'
   WHERE ($5::uuid[] IS NULL OR t.id = ANY($5))
     -- An archived team stays in the periods it had members or a goal in (history), and leaves the rest.
     AND (t.archived_at IS NULL OR c.team_id IS NOT NULL OR g.id IS NOT NULL)
   ORDER BY lower(t.name), t.id`;

interface StepRow {
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
 * What the dashboard shows: every team's standing for a period (a tree the portal draws from
 * parentId), and how a book of deals moved through the sales process.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly performance: PerformanceService,
    private readonly cache: ComputedCache,
  ) {}

  /** Kept until the data under it changes (ComputedCache). */
  async teamPerformance(principal: Principal, periodKey: string): Promise<TeamPerformanceDto[]> {
    const period = this.performance.period(periodKey);
    const key = JSON.stringify(['teams', await this.performance.scopeKey(principal), period.key]);
    return this.cache.getOrCompute(key, () => this.computeTeamPerformance(principal, period), (rows) => rows.length);
  }

  private async computeTeamPerformance(principal: Principal, period: Period): Promise<TeamPerformanceDto[]> {
    const scope = await this.scope.teamScope(principal);
    const visible = scope.kind === 'all' ? null : scope.teamIds;
    const rows: TeamRow[] = await this.dataSource.query(TEAM_PERFORMANCE, [period.start, period.end, period.type !== 'WEEK', period.key, visible]);
    const shown = new Set(rows.map((row) => row.team_id));
    return rows.map((row) => {
      const won = BigInt(row.won_minor);
      const target = row.target_minor === null ? null : BigInt(row.target_minor);
      const dealsWon = Number(row.deals_won);
      const dealsLost = Number(row.deals_lost);
      return {
        teamId: row.team_id,
        name: row.name,
        parentId: row.parent_id && shown.has(row.parent_id) ? row.parent_id : null,
        reps: Number(row.reps),
        wonRevenue: toMoneyDto(row.won_minor),
        dealsWon,
        dealsLost,
        winRate: dealsWon + dealsLost === 0 ? null : Math.round((dealsWon / (dealsWon + dealsLost)) * 10_000) / 10_000,
        openDeals: Number(row.open_deals),
        openPipeline: toMoneyDto(row.open_minor),
        weightedPipeline: toMoneyDto(row.weighted_minor),
        wonRevenueTarget: target === null ? null : toMoneyDto(target.toString()),
        attainment: target === null ? null : attainmentOf(won, target),
        pipelineCoverage: coverage(BigInt(row.open_minor), won, target),
      };
    });
  }

  async stageConversion(principal: Principal, args: StageConversionArgs): Promise<StageConversionDto> {
    const period = this.performance.period(args.period);
    const params: unknown[] = [period.end];
    const conditions: string[] = [];
    if (principal.role === Role.REP) {
      if (args.repId && args.repId !== principal.repId) throw AppError.notFound('Rep');
      params.push(principal.repId);
      conditions.push(`d.rep_id = $${params.length}`);
    } else {
      const scope = await this.scope.teamScope(principal);
      if (scope.kind === 'teams') {
        params.push(scope.teamIds);
        conditions.push(`r.team_id = ANY($${params.length})`);
      }
      if (args.repId) {
        params.push(args.repId);
        conditions.push(`d.rep_id = $${params.length}`);
      }
    }
    if (args.teamId) {
      // A team's funnel counts a deal when its rep was in the team (or below it) on the day the deal was
      // engaged, as team performance and team goals count a deal on its day; a lead not yet engaged counts
      // for the team its rep was in at the period's end.
      params.push(await this.scope.subtreeIds(args.teamId));
      conditions.push(`EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = d.rep_id AND m.team_id = ANY($${params.length})
                         AND m.valid_from <= coalesce(d.engage_date, $1::date - 1)
                         AND (m.valid_to IS NULL OR m.valid_to > coalesce(d.engage_date, $1::date - 1)))`);
    }
    // The furthest open stage each deal reached: its history, its stage now, an engage date (it left
    // the first stage), or a win (it passed them all). Closed deals also report how they ended.
    const rows: StepRow[] = await this.dataSource.query(
      `WITH steps AS (
         SELECT id, name, position, row_number() OVER (ORDER BY position)::int AS step FROM sales_stage WHERE kind = 'OPEN'
       ),
       n AS (SELECT count(*)::int AS last FROM steps),
       book AS (
         SELECT s.kind,
                CASE WHEN s.kind = 'WON' THEN n.last ELSE greatest(
                  1,
                  (SELECT st.step FROM steps st WHERE st.id = d.stage_id),
                  (SELECT max(st.step) FROM deal_stage_change h JOIN steps st ON st.id = h.to_stage_id OR st.id = h.from_stage_id WHERE h.deal_id = d.id),
                  CASE WHEN d.engage_date IS NOT NULL THEN least(2, n.last) END
                ) END AS reached
           FROM deal d
           JOIN sales_stage s ON s.id = d.stage_id
           JOIN rep r ON r.id = d.rep_id
           CROSS JOIN n
          WHERE (d.engage_date IS NULL OR d.engage_date < $1) AND (d.close_date IS NULL OR d.close_date < $1)
            ${conditions.length ? `AND ${conditions.join(' AND ')}` : ''}
       ),
       totals AS (
         SELECT count(*) AS deals, count(*) FILTER (WHERE kind = 'WON') AS won, count(*) FILTER (WHERE kind = 'LOST') AS lost FROM book
       )
       SELECT st.id AS stage_id, st.name AS stage_name, st.position, tot.deals, tot.won, tot.lost,
              count(b.kind) FILTER (WHERE b.reached >= st.step) AS entered,
              count(b.kind) FILTER (WHERE CASE WHEN st.step = n.last THEN b.kind = 'WON' ELSE b.reached > st.step END) AS advanced,
              count(b.kind) FILTER (WHERE b.reached = st.step AND b.kind = 'LOST') AS lost_here,
              count(b.kind) FILTER (WHERE b.reached = st.step AND b.kind = 'OPEN') AS open_here
         FROM steps st CROSS JOIN n CROSS JOIN totals tot LEFT JOIN book b ON TRUE
        GROUP BY st.id, st.name, st.position, st.step, n.last, tot.deals, tot.won, tot.lost
        ORDER BY st.position`,
      params,
    );
    const totals = rows[0] ?? { deals: '0', won: '0', lost: '0' };
    return {
      period,
      deals: Number(totals.deals),
      won: Number(totals.won),
      lost: Number(totals.lost),
      steps: rows.map((row) => {
        const entered = Number(row.entered);
        const advanced = Number(row.advanced);
        return {
          stageId: row.stage_id,
          stageName: row.stage_name,
          position: row.position,
          entered,
          advanced,
          conversionRate: entered === 0 ? null : Math.round((advanced / entered) * 10_000) / 10_000,
          lostHere: Number(row.lost_here),
          openHere: Number(row.open_here),
        };
      }),
    };
  }
}
