import { ArgsType, Field, ID, Int, registerEnumType } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate, IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { ForecastMetric, ForecastSubjectKind } from '../forecast.enums';

export { ForecastMetric, ForecastSubjectKind };

registerEnumType(ForecastSubjectKind, {
  name: 'ForecastSubjectKind',
  description:
    "REP: one rep's own deals. TEAM: the deals of whoever was in the team or a team below it on each deal's date. COMPANY: every owned deal.",
});

registerEnumType(ForecastMetric, {
  name: 'ForecastMetric',
  description:
    'WON_REVENUE: value of deals won, by close date. DEALS_WON: their count. The same meanings as the goals of those names.',
});

export enum ForecastHorizon {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(ForecastHorizon, {
  name: 'ForecastHorizon',
  description:
    'The window a backtest scores from each origin: the next month, the next 3 months summed, the next 12 summed',
});

export const AS_OF_DESCRIPTION =
  `As of the start of this day (${DATE_FORMAT_TEXT}), not later than today; today when omitted. The models see only what was known then: ` +
  'won months before the month of asOf, and the pipeline as it stood at the start of the day (deals engaged before it, ' +
  'not closed before it, in the stage their history says they were in)';

@ArgsType()
export class ForecastSubjectArgs {
  @Field(() => ForecastSubjectKind)
  @IsEnum(ForecastSubjectKind)
  subject!: ForecastSubjectKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The rep or team id; omitted for COMPANY (and for a rep asking about themself)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep or team id' })
  subjectId?: string;

  @Field({ nullable: true, description: AS_OF_DESCRIPTION })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

@ArgsType()
export class ForecastArgs extends ForecastSubjectArgs {
  @Field({
    description: `${periodKeyDescription()}; a month, quarter or fiscal year that ends after asOf, within 24 months of it`,
  })
  @IsPeriodKey()
  period!: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;
}

@ArgsType()
export class ForecastBacktestArgs extends ForecastSubjectArgs {
  @Field(() => ForecastHorizon, { defaultValue: ForecastHorizon.QUARTER })
  @IsEnum(ForecastHorizon)
  horizon: ForecastHorizon = ForecastHorizon.QUARTER;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;
}

@ArgsType()
export class GoalSuggestionsArgs {
  @Field({ description: `${periodKeyDescription()}; a month, quarter or fiscal year` })
  @IsPeriodKey()
  period!: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;

  @Field(() => Int, {
    defaultValue: 50,
    description: 'The percentile of the forecast distribution to suggest, 1 to 99 (50 = the median)',
  })
  @IsInt()
  @Min(1)
  @Max(99)
  percentile = 50;

  @Field({
    nullable: true,
    description: `As of the start of this day (${DATE_FORMAT_TEXT}); the period's first day or today, whichever is earlier, when omitted`,
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @Field(() => ID, { nullable: true, description: 'Only this team, the teams below it and their reps' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}
