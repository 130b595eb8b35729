import { Module } from '@nestjs/common';
import { OrgModule } from '@salesops/api/org';
import { GoalResolver } from './goal.resolver';
import { GoalService } from './goal.service';
import { PerformanceResolver } from './performance.resolver';
import { PerformanceService } from './performance.service';

export const GOALS_RESOLVERS = [PerformanceResolver, GoalResolver];

@Module({
  imports: [OrgModule],
  providers: [...GOALS_RESOLVERS, PerformanceService, GoalService],
})
export class GoalsModule {}
