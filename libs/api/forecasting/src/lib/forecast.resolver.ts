import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, type Principal, Role, Roles } from '@salesops/api/core';

import {
  ForecastArgs,
  ForecastBacktestArgs,
  ForecastSubjectArgs,
  GoalSuggestionsArgs,
} from './dtos/forecast.args';
import { AsOfPipelineDto, ForecastBacktestDto, ForecastDto } from './dtos/forecast.dto';
import { GoalSuggestionsDto } from './dtos/goal-suggestion.dto';
import { ForecastService } from './forecast.service';
import { GoalSuggestionService } from './goal-suggestion.service';

@Resolver()
@KeyAccess('FORECASTING')
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class ForecastResolver {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly suggestions: GoalSuggestionService,
  ) {}

  @Query(() => ForecastDto, {
    description:
      'Every forecasting method for a rep (yours, or one you manage), a team of your subtree or the company (admins), ' +
      'for a month, quarter or fiscal year, as of a day: point and P10/P50/P90, the method with the best backtest WAPE first. ' +
      'A rep or team out of reach answers NOT_FOUND.',
  })
  forecast(@CurrentPrincipal() principal: Principal, @Args() args: ForecastArgs): Promise<ForecastDto> {
    return this.forecasts.forecast(principal, args);
  }

  @Query(() => ForecastBacktestDto, {
    description:
      "Rolling-origin backtest of every time-series method on the subject's monthly history before asOf: from each month " +
      'with at least 3 months behind it, forecast the next horizon and compare with what was won. WAPE = Σ|A−F| / Σ|A|, ' +
      'bias = Σ(F−A) / ΣA (+ over-forecast), coverage = share of actuals inside P10–P90, next to naive and seasonal naive.',
  })
  forecastBacktest(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ForecastBacktestArgs,
  ): Promise<ForecastBacktestDto> {
    return this.forecasts.backtest(principal, args);
  }

  @Query(() => AsOfPipelineDto, {
    description:
      'The pipeline of a rep, team or the company (admins) as it stood at the start of asOf, by the stage each deal was in ' +
      'then: what every pipeline forecast and backtest here starts from',
  })
  forecastPipeline(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ForecastSubjectArgs,
  ): Promise<AsOfPipelineDto> {
    return this.forecasts.pipelineAsOf(principal, args);
  }

  @Query(() => GoalSuggestionsDto, {
    description:
      'Suggested targets for a period for every rep and team you may see (a rep: themself): the chosen percentile of the ' +
      'recommended method, with the existing goal flagged ABOVE_P90 (unrealistic) or BELOW_P25 (too easy)',
  })
  forecastGoalSuggestions(
    @CurrentPrincipal() principal: Principal,
    @Args() args: GoalSuggestionsArgs,
  ): Promise<GoalSuggestionsDto> {
    return this.suggestions.suggest(principal, args);
  }
}
