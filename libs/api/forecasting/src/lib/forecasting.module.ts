import { Module } from '@nestjs/common';
import { ComputedCache } from '@salesops/api/core';

import { ForecastResolver } from './forecast.resolver';
import { ForecastService } from './forecast.service';
import { ForecastCallResolver } from './forecast-call.resolver';
import { ForecastCallService } from './forecast-call.service';
import { ForecastHistoryService } from './forecast-history.service';
import { ForecastSnapshotScheduler } from './forecast-snapshot.scheduler';
import { ForecastSnapshotService } from './forecast-snapshot.service';
import { ForecastSubjectService } from './forecast-subject.service';
import { GoalSuggestionService } from './goal-suggestion.service';
import { PipelineForecastService } from './pipeline-forecast.service';

export const FORECASTING_RESOLVERS = [ForecastResolver, ForecastCallResolver];

@Module({
  providers: [
    ...FORECASTING_RESOLVERS,
    ForecastService,
    ForecastHistoryService,
    ForecastSubjectService,
    GoalSuggestionService,
    PipelineForecastService,
    ForecastCallService,
    ForecastSnapshotService,
    ForecastSnapshotScheduler,
    ComputedCache,
  ],
  exports: [ForecastSnapshotService],
})
export class ForecastingModule {}
