import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, type Principal, Role, Roles } from '@salesops/api/core';

import {
  ForecastCallDto,
  ForecastCallHistoryArgs,
  ForecastCallsArgs,
  ForecastCallsDto,
  SubmitForecastCallInput,
} from './dtos/forecast-call.dto';
import {
  ForecastSnapshotDto,
  ForecastSnapshotsArgs,
  ForecastSnapshotsDto,
  SaveForecastSnapshotInput,
} from './dtos/forecast-snapshot.dto';
import { ForecastCallService } from './forecast-call.service';
import { ForecastSnapshotService } from './forecast-snapshot.service';

@Resolver()
@KeyAccess('FORECASTING')
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class ForecastCallResolver {
  constructor(
    private readonly calls: ForecastCallService,
    private readonly snapshots: ForecastSnapshotService,
  ) {}

  @Mutation(() => ForecastCallDto, {
    description:
      "Submits a call (commit and best case) for a period: a rep their own, a manager their team's, or a manager's " +
      "adjustment of a report's call, which needs a note. Calls are never changed; the latest is in force.",
  })
  submitForecastCall(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SubmitForecastCallInput,
  ): Promise<ForecastCallDto> {
    return this.calls.submit(principal, input);
  }

  @Query(() => ForecastCallsDto, {
    description:
      "Calls for a period of every rep and team you may see: each one's own, a manager's adjustment, the call in force, last week's, " +
      "the sum of a team's reps' calls, and the goal",
  })
  forecastCalls(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ForecastCallsArgs,
  ): Promise<ForecastCallsDto> {
    return this.calls.standings(principal, args);
  }

  @Query(() => [ForecastCallDto], {
    description: 'Every call made for a rep or team and a period, newest first',
  })
  forecastCallHistory(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ForecastCallHistoryArgs,
  ): Promise<ForecastCallDto[]> {
    return this.calls.historyOf(principal, args);
  }

  @Mutation(() => [ForecastSnapshotDto], {
    description:
      'Freezes the forecast of a subject and period as of a day: one snapshot per method that gives a point',
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  saveForecastSnapshot(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveForecastSnapshotInput,
  ): Promise<ForecastSnapshotDto[]> {
    return this.snapshots.save(principal, input);
  }

  @Query(() => ForecastSnapshotsDto, {
    description:
      "A subject's frozen forecasts, each scored once its period has ended (actual, error, inside P10–P90), and each method's record: " +
      'WAPE = Σ|A−F| / Σ|A|, bias = Σ(F−A) / ΣA, coverage',
  })
  forecastSnapshots(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ForecastSnapshotsArgs,
  ): Promise<ForecastSnapshotsDto> {
    return this.snapshots.list(principal, args);
  }
}
