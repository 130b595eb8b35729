import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, PeriodKeyArg, type Principal, Role, Roles } from '@salesops/api/core';

import { ComparisonService } from './comparison.service';
import { DashboardService } from './dashboard.service';
import { ComparisonArgs, RepComparisonDto } from './dtos/comparison.dto';
import { StageConversionArgs, StageConversionDto, TeamPerformanceDto } from './dtos/dashboard.dto';
import { FiscalCalendarDto, LeaderboardArgs, LeaderboardDto, PeriodDto } from './dtos/performance.dto';
import { PerformanceTrendArgs, PerformanceTrendDto } from './dtos/trend.dto';
import { PerformanceService } from './performance.service';
import { TrendService } from './trend.service';

@Resolver()
@KeyAccess('GOALS')
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class PerformanceResolver {
  constructor(
    private readonly performance: PerformanceService,
    private readonly comparison: ComparisonService,
    private readonly dashboard: DashboardService,
    private readonly trends: TrendService,
  ) {}

  @Query(() => [TeamPerformanceDto], {
    description:
      'Every team you may see with its standing for a period (a tree: build it from parentId); an archived team only for periods it had members or a goal in',
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  teamPerformance(
    @CurrentPrincipal() principal: Principal,
    @PeriodKeyArg('period') period: string,
  ): Promise<TeamPerformanceDto[]> {
    return this.dashboard.teamPerformance(principal, period);
  }

  @Query(() => StageConversionDto, {
    description: 'How deals moved through the sales process: all, a team, or one rep',
  })
  stageConversion(
    @CurrentPrincipal() principal: Principal,
    @Args() args: StageConversionArgs,
  ): Promise<StageConversionDto> {
    return this.dashboard.stageConversion(principal, args);
  }

  @Query(() => LeaderboardDto, {
    description:
      'Reps ranked by a KPI for a period: all reps for admins, the subtree for managers, themselves for reps',
  })
  leaderboard(
    @CurrentPrincipal() principal: Principal,
    @Args() args: LeaderboardArgs,
  ): Promise<LeaderboardDto> {
    return this.performance.leaderboard(principal, args);
  }

  @Query(() => RepComparisonDto, {
    description:
      "Reps side by side with outliers against their team and how evenly each team's leads were shared",
  })
  repComparison(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ComparisonArgs,
  ): Promise<RepComparisonDto> {
    return this.comparison.compare(principal, args);
  }

  @Query(() => PerformanceTrendDto, {
    description:
      'Won revenue, deals won and lost, win rate, new and open pipeline and goal attainment month by month (or week by week) across a ' +
      'fiscal year or quarter: for a rep (yours, or one you manage), a team of your subtree, or the company (admins). Out of reach: NOT_FOUND',
  })
  performanceTrend(
    @CurrentPrincipal() principal: Principal,
    @Args() args: PerformanceTrendArgs,
  ): Promise<PerformanceTrendDto> {
    return this.trends.trend(principal, args);
  }

  @Query(() => FiscalCalendarDto, {
    description: 'The fiscal calendar: the month the year starts in and the current fiscal year',
  })
  fiscalCalendar(): FiscalCalendarDto {
    return this.performance.fiscalCalendar();
  }

  @Query(() => PeriodDto, { description: 'Reads a period key in the configured fiscal calendar' })
  period(@PeriodKeyArg('key') key: string): PeriodDto {
    return this.performance.period(key);
  }
}
