import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allOf, AppError, ComputedCache, type Principal, Role, runSql, sql } from '@salesops/api/core';
import { OrgScopeService, repVisibleTo, subtreeOf } from '@salesops/api/org';
import { toMoneyDto } from '@salesops/api/pipeline';
import { attainmentOf, type Period } from '@salesops/domain';
import { DataSource } from 'typeorm';

import {
  funnelOfTeam,
  type FunnelStepRow,
  funnelSteps,
  type TeamStandingRow,
  teamStandings,
} from './dashboard.queries';
import {
  type StageConversionArgs,
  type StageConversionDto,
  type TeamPerformanceDto,
} from './dtos/dashboard.dto';
import { coverage, PerformanceService } from './performance.service';

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
    return this.cache.getOrCompute(
      key,
      () => this.computeTeamPerformance(principal, period),
      (rows) => rows.length,
    );
  }

  private async computeTeamPerformance(principal: Principal, period: Period): Promise<TeamPerformanceDto[]> {
    const scope = await this.scope.teamScope(principal);
    const rows = await runSql<TeamStandingRow>(
      this.dataSource,
      teamStandings(period, scope.kind === 'all' ? null : scope.teamIds),
    );
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
        winRate:
          dealsWon + dealsLost === 0
            ? null
            : Math.round((dealsWon / (dealsWon + dealsLost)) * 10_000) / 10_000,
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
    if (principal.role === Role.REP && args.repId && args.repId !== principal.repId)
      throw AppError.notFound('Rep');
    const where = allOf([
      repVisibleTo(principal, sql`d.rep_id`),
      args.repId ? sql`d.rep_id = ${args.repId}::uuid` : null,
      args.teamId ? funnelOfTeam(subtreeOf(args.teamId), period.end) : null,
    ]);
    const rows = await runSql<FunnelStepRow>(this.dataSource, funnelSteps(period.end, where));
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
