import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, ComputedCache, type Principal, Role, runSql } from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { toMoneyDto } from '@salesops/api/pipeline';
import { attainmentOf, parsePeriodKey, type Period, periodContaining, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import {
  type FiscalCalendarDto,
  type LeaderboardArgs,
  type LeaderboardDto,
  type RepPerformanceDto,
} from './dtos/performance.dto';
import { type LeaderboardRow, leaderboardRows } from './leaderboard.queries';

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
    if (!period)
      throw AppError.badInput(
        'period',
        'must be a period key such as FY2017, FY2017-Q3, 2017-03 or 2017-W09',
      );
    return period;
  }

  /** Kept until the data under it changes (ComputedCache); computed in one statement otherwise. */
  async leaderboard(principal: Principal, args: LeaderboardArgs): Promise<LeaderboardDto> {
    const period = this.period(args.period);
    const key = JSON.stringify([
      'leaderboard',
      await this.scopeKey(principal),
      period.key,
      args.rankBy,
      args.teamId ?? null,
      args.first,
    ]);
    return this.cache.getOrCompute(
      key,
      () => this.computeLeaderboard(principal, period, args),
      (board) => board.rows.length,
    );
  }

  private async computeLeaderboard(
    principal: Principal,
    period: Period,
    args: LeaderboardArgs,
  ): Promise<LeaderboardDto> {
    const rows = await runSql<LeaderboardRow>(
      this.dataSource,
      leaderboardRows(principal, period, {
        teamId: args.teamId ?? null,
        rankBy: args.rankBy,
        first: args.first,
      }),
    );
    return {
      period,
      rankedBy: args.rankBy,
      rows: rows.map((row, index) => toPerformance(row, index + 1)),
    };
  }
}

function toPerformance(row: LeaderboardRow, rank: number): RepPerformanceDto {
  return {
    rank,
    repId: row.rep_id,
    repName: row.rep_name,
    teamId: row.team_id,
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
    attainment:
      row.target_minor === null ? null : attainmentOf(BigInt(row.won_minor), BigInt(row.target_minor)),
    pipelineCoverage: coverage(
      BigInt(row.open_minor),
      BigInt(row.won_minor),
      row.target_minor === null ? null : BigInt(row.target_minor),
    ),
  };
}

/** Open pipeline over what remains of the goal, to two decimals; null without a goal or once it is met. */
export function coverage(openMinor: bigint, wonMinor: bigint, targetMinor: bigint | null): number | null {
  if (targetMinor === null || wonMinor >= targetMinor) return null;
  return Number((openMinor * 100n) / (targetMinor - wonMinor)) / 100;
}
