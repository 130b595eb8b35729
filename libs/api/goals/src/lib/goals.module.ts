import { Module } from '@nestjs/common';
import { OrgModule } from '@salesops/api/org';
import { PerformanceResolver } from './performance.resolver';
import { PerformanceService } from './performance.service';

export const GOALS_RESOLVERS = [PerformanceResolver];

@Module({
  imports: [OrgModule],
  providers: [...GOALS_RESOLVERS, PerformanceService],
})
export class GoalsModule {}
