import { Module } from '@nestjs/common';
import { ComputedCache } from '@salesops/api/core';
import { OrgModule } from '@salesops/api/org';

import { ComparisonService } from './comparison.service';
import { DashboardService } from './dashboard.service';
import { GoalResolver } from './goal.resolver';
import { GoalService } from './goal.service';
import { GoalDeletionService } from './goal-deletion.service';
import { PerformanceResolver } from './performance.resolver';
import { PerformanceService } from './performance.service';
import { TrendService } from './trend.service';

export const GOALS_RESOLVERS = [PerformanceResolver, GoalResolver];

@Module({
  imports: [OrgModule],
  providers: [
    ...GOALS_RESOLVERS,
    PerformanceService,
    GoalService,
    GoalDeletionService,
    ComparisonService,
    DashboardService,
    TrendService,
    ComputedCache,
  ],
})
export class GoalsModule {}
