import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, ComputedCache, type Principal, Role } from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { toMoneyDto } from '@salesops/api/pipeline';
import { attainmentOf, parsePeriodKey, type Period, periodContaining, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';
import { type FiscalCalendarDto, type LeaderboardArgs, type LeaderboardDto, PerformanceKpi, type RepPerformanceDto } from './dtos/performance.dto';

// Sums over the rollup tables (rep_day_close, rep_month_close), which triggers keep current on every write.
const CLOSED_SUMS = `sum(c.won_minor) AS won_minor, sum(c.deals_won) AS deals_won, sum(c.deals_lost) AS deals_lost,
  sum(c.won_cycle_days)::numeric / nullif(sum(c.won_with_engage), 0) AS cycle_days`;

const ORDER: Record<PerformanceKpi, string> = {
  [PerformanceKpi.WON_REVENUE]: 'won_minor DESC',
  [PerformanceKpi.ATTAINMENT]: 'attainment DESC NULLS LAST',
  [PerformanceKpi.DEALS_WON]: 'deals_won DESC',
  [PerformanceKpi.WIN_RATE]: 'win_rate DESC NULLS LAST',
  [PerformanceKpi.AVG_DEAL_SIZE]: 'avg_deal_minor DESC NULLS LAST',
  // A shorter cycle is better.
  [PerformanceKpi.SALES_CYCLE_DAYS]: 'cycle_days ASC NULLS LAST',
  [PerformanceKpi.OPEN_PIPELINE]: 'open_minor DESC',
  [PerformanceKpi.WEIGHTED_PIPELINE]: 'weighted_minor DESC',
};

interface Row {
  rep_id: string;
  rep_name: string;
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

/**
 * Rep KPIs for a period in one SQL statement for the whole board, read from rollups kept current by
 * triggers (see the AddPerformanceRollups migration). Closed deals count in the period they closed in;
 * with a team, only the days the rep belonged to it (effective-dated membership). Open pipeline is as
 * of now. Amounts are summed in minor units and returned as exact decimals.
 */
@Injectable()
export class PerformanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly config: AppConfig,
    private readonly cache: ComputedCache,
  ) {}

  /** What decides which rows a caller may see, as part of a cache key. */
  async scopeKey(principal: Principal): Promise<string> {
    if (principal.role === Role.REP) return `rep:${principal.repId}`;
    const scope = await this.scope.teamScope(principal);
    return scope.kind === 'all' ? 'all' : `teams:${[...scope.teamIds].sort().join(',')}`;
  }

  /** The calendar's start month and the fiscal year that `today` falls in. */
  fiscalCalendar(today = todayIsoDate()): FiscalCalendarDto {
    const calendar = { startMonth: this.config.fiscalYearStartMonth };
    return { startMonth: calendar.startMonth, currentYear: periodContaining(today, 'YEAR', calendar).key };
  }

  period(key: string): Period {
    const period = parsePeriodKey(key, { startMonth: this.config.fiscalYearStartMonth });
    if (!period) throw AppError.badInput('period', 'must be a period key such as FY2017, FY2017-Q3, 2017-03 or 2017-W09');
    return period;
  }

  /** Kept until the data under it changes (ComputedCache); computed in one statement otherwise. */
  async leaderboard(principal: Principal, args: LeaderboardArgs): Promise<LeaderboardDto> {
    const period = this.period(args.period);
    const key = JSON.stringify(['leaderboard', await this.scopeKey(principal), period.key, args.rankBy, args.teamId ?? null, args.first]);
    return this.cache.getOrCompute(key, () => this.computeLeaderboard(principal, period, args), (board) => board.rows.length);
  }

  private async computeLeaderboard(principal: Principal, period: Period, args: LeaderboardArgs): Promise<LeaderboardDto> {
    const params: unknown[] = [period.start, period.end];
    const conditions: string[] = [];
    if (principal.role === Role.REP) {
      params.push(principal.repId);
      conditions.push(`r.id = $${params.length}`);
    } else {
      const scope = await this.scope.teamScope(principal);
      if (scope.kind === 'teams') {
        params.push(scope.teamIds);
        conditions.push(`r.team_id = ANY($${params.length})`);
      }
    }
    let closedByRep: string;
    if (args.teamId) {
      // Only the days each rep belonged to the team (or below it): the daily rollup against membership.
      params.push(await this.scope.subtreeIds(args.teamId));
      const teams = `$${params.length}`;
      conditions.push(`EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = r.id AND m.team_id = ANY(${teams})
                         AND m.valid_from < $2 AND (m.valid_to IS NULL OR m.valid_to > $1))`);
      closedByRep = `SELECT c.rep_id, ${CLOSED_SUMS} FROM rep_day_close c
                       JOIN rep_team_membership m ON m.rep_id = c.rep_id AND m.team_id = ANY(${teams})
                        AND c.day >= m.valid_from AND (m.valid_to IS NULL OR c.day < m.valid_to)
                      WHERE c.day >= $1 AND c.day < $2 GROUP BY c.rep_id`;
    } else if (period.type === 'WEEK') {
      closedByRep = `SELECT c.rep_id, ${CLOSED_SUMS} FROM rep_day_close c WHERE c.day >= $1 AND c.day < $2 GROUP BY c.rep_id`;
    } else {
      // Years, quarters and months start on the first of a month: the monthly rollup covers them exactly.
      closedByRep = `SELECT c.rep_id, ${CLOSED_SUMS} FROM rep_month_close c WHERE c.month >= $1 AND c.month < $2 GROUP BY c.rep_id`;
    }
    params.push(period.key);
    const periodKey = `$${params.length}`;
    params.push(args.first);
    const rows: Row[] = await this.dataSource.query(
      `WITH closed_by_rep AS (${closedByRep}),
       open_by_rep AS (
         SELECT o.rep_id, sum(o.deals) AS open_deals, sum(o.value_minor) AS open_minor,
                round(sum(o.value_minor * s.win_probability) / 100) AS weighted_minor
           FROM rep_stage_open o JOIN sales_stage s ON s.id = o.stage_id AND s.kind = 'OPEN'
          GROUP BY o.rep_id
       ),
       board AS (
         SELECT r.id AS rep_id, r.name AS rep_name, t.name AS team_name, r.active,
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
           LEFT JOIN goal g ON g.rep_id = r.id AND g.period_key = ${periodKey} AND g.metric = 'WON_REVENUE'
           LEFT JOIN closed_by_rep c ON c.rep_id = r.id
           LEFT JOIN open_by_rep o ON o.rep_id = r.id
          ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       )
       SELECT * FROM board ORDER BY ${ORDER[args.rankBy]}, lower(rep_name), rep_id LIMIT $${params.length}`,
      params,
    );
    return {
      period,
      rankedBy: args.rankBy,
      rows: rows.map((row, index) => toPerformance(row, index + 1)),
    };
  }
}

function toPerformance(row: Row, rank: number): RepPerformanceDto {
  return {
    rank,
    repId: row.rep_id,
    repName: row.rep_name,
    teamName: row.team_name,
    active: row.active,
    wonRevenue: toMoneyDto(row.won_minor),
    dealsWon: Number(row.deals_won),
    dealsLost: Number(row.deals_lost),
    winRate: row.win_rate === null ? null : Number(row.win_rate),
    avgDealSize: row.avg_deal_minor === null ? null : toMoneyDto(row.avg_deal_minor),
    salesCycleDays: row.cycle_days === null ? null : Number(row.cycle_days),
    openDeals: Number(row.open_deals),
    openPipeline: toMoneyDto(row.open_minor),
    weightedPipeline: toMoneyDto(row.weighted_minor),
    wonRevenueTarget: row.target_minor === null ? null : toMoneyDto(row.target_minor),
    // Sorted by SQL's round(…, 4), which rounds half up too; shown by the one rule in the domain.
    attainment: row.target_minor === null ? null : attainmentOf(BigInt(row.won_minor), BigInt(row.target_minor)),
    pipelineCoverage: coverage(BigInt(row.open_minor), BigInt(row.won_minor), row.target_minor === null ? null : BigInt(row.target_minor)),
  };
}

/** Open pipeline over what remains of the goal, to two decimals; null without a goal or once it is met. */
export function coverage(openMinor: bigint, wonMinor: bigint, targetMinor: bigint | null): number | null {
  if (targetMinor === null || wonMinor >= targetMinor) return null;
  return Number((openMinor * 100n) / (targetMinor - wonMinor)) / 100;
}
