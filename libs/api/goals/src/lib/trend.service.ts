import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, ComputedCache, type Principal, Role, runSql } from '@salesops/api/core';
import { type SubjectFilter } from '@salesops/api/org';
import { toMoneyDto } from '@salesops/api/pipeline';
import { attainmentOf, parsePeriodKey, type Period, periodsWithin } from '@salesops/domain';
import { DataSource } from 'typeorm';

import {
  type PerformanceTrendArgs,
  type PerformanceTrendDto,
  TrendGrain,
  type TrendSubjectDto,
  TrendSubjectKind,
} from './dtos/trend.dto';
import {
  type NamedRow,
  type TrendPointRow,
  trendPoints,
  visibleRep,
  visibleTeam,
  wonRevenueGoal,
} from './trend.queries';

/**
 * A subject's figures across a period, month by month or week by week. Whose: a rep their own; a manager
 * any rep or team of their subtree; an admin (or a key) anything, the company by default. Anything out of
 * reach answers NOT_FOUND, as everywhere else.
 */
@Injectable()
export class TrendService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cache: ComputedCache,
  ) {}

  async trend(principal: Principal, args: PerformanceTrendArgs): Promise<PerformanceTrendDto> {
    if (args.repId && args.teamId) throw AppError.badInput('teamId', 'give a rep or a team, not both');
    const calendar = { startMonth: this.config.fiscalYearStartMonth };
    const period = parsePeriodKey(args.period, calendar) as Period;
    const grain = args.grain === TrendGrain.WEEK ? 'WEEK' : 'MONTH';
    if (period.type === 'WEEK' && grain === 'MONTH')
      throw AppError.badInput('grain', 'a week has no months: choose WEEK');
    const { dto: subject, filter } = await this.subject(principal, args);
    const periods = periodsWithin(period, grain, calendar);
    const key = JSON.stringify(['trend', filter, period.key, grain]);
    const points = await this.cache.getOrCompute(
      key,
      () => runSql<TrendPointRow>(this.dataSource, trendPoints(filter, periods)),
      (rows) => rows.length,
    );
    const byKey = new Map(points.map((row) => [row.key, row]));
    const [periodGoal] = await runSql<{ target: string }>(
      this.dataSource,
      wonRevenueGoal(filter, period.key),
    );
    return {
      subject,
      period,
      grain: args.grain,
      periodTarget: periodGoal ? toMoneyDto(periodGoal.target) : null,
      points: periods.map((p) => {
        const row = byKey.get(p.key) as TrendPointRow;
        const closed = row.deals_won + row.deals_lost;
        return {
          period: p,
          wonRevenue: toMoneyDto(row.won_minor),
          dealsWon: row.deals_won,
          dealsLost: row.deals_lost,
          winRate: closed === 0 ? null : attainmentOf(BigInt(row.deals_won), BigInt(closed)),
          newPipeline: toMoneyDto(row.new_pipeline_minor),
          openDeals: row.open_deals,
          openPipeline: toMoneyDto(row.open_minor),
          wonRevenueTarget: row.target_minor === null ? null : toMoneyDto(row.target_minor),
          attainment:
            row.target_minor === null ? null : attainmentOf(BigInt(row.won_minor), BigInt(row.target_minor)),
        };
      }),
    };
  }

  private async subject(
    principal: Principal,
    args: PerformanceTrendArgs,
  ): Promise<{ dto: TrendSubjectDto; filter: SubjectFilter }> {
    const repId = args.repId ?? (principal.role === Role.REP && !args.teamId ? principal.repId : null);
    if (repId) {
      const [rep] = await runSql<NamedRow>(this.dataSource, visibleRep(principal, repId));
      if (!rep) throw AppError.notFound('Rep');
      return {
        dto: { kind: TrendSubjectKind.REP, id: rep.id, name: rep.name },
        filter: { kind: 'REP', id: rep.id },
      };
    }
    if (args.teamId) {
      // A rep sees their own figures, not their team's (as on the leaderboard).
      const [team] =
        principal.role === Role.REP
          ? []
          : await runSql<NamedRow>(this.dataSource, visibleTeam(principal, args.teamId));
      if (!team) throw AppError.notFound('Team');
      return {
        dto: { kind: TrendSubjectKind.TEAM, id: team.id, name: team.name },
        filter: { kind: 'TEAM', id: team.id },
      };
    }
    if (principal.role !== Role.ADMIN) throw AppError.badInput('teamId', 'give a rep or a team you manage');
    return {
      dto: { kind: TrendSubjectKind.COMPANY, id: null, name: 'Company' },
      filter: { kind: 'COMPANY' },
    };
  }
}
