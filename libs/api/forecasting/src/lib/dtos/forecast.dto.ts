import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ForecastMetric, ForecastSubjectKind } from './forecast.args';
import { ForecastNoteDto } from './forecast-note.dto';

export enum ForecastMethodKey {
  NAIVE = 'NAIVE',
  SEASONAL_NAIVE = 'SEASONAL_NAIVE',
  DRIFT = 'DRIFT',
  HOLT = 'HOLT',
  DAMPED_HOLT = 'DAMPED_HOLT',
  HOLT_WINTERS = 'HOLT_WINTERS',
  STAGE_WEIGHTED = 'STAGE_WEIGHTED',
  PIPELINE_SIMULATION = 'PIPELINE_SIMULATION',
}
registerEnumType(ForecastMethodKey, {
  name: 'ForecastMethod',
  description: [
    'Time series on monthly won figures: NAIVE (last month carried forward), SEASONAL_NAIVE (the same month a year',
    'earlier; needs 12 months), DRIFT (the line through the first and last months), HOLT (exponential smoothing with',
    'a trend; needs 6 months), DAMPED_HOLT (the same with a trend that levels off), HOLT_WINTERS (trend and yearly',
    "season; needs 24 months). Pipeline: STAGE_WEIGHTED (open value x the stage's win probability, placed in the",
    "period the deal is expected to close), PIPELINE_SIMULATION (each open deal won at the rep's own win rate shrunk",
    "toward the team's, closing after a cycle drawn from the rep's past wins, plus new business as in past months;",
    'seeded Monte Carlo).',
  ].join(' '),
});

export enum ForecastFamily {
  TIME_SERIES = 'TIME_SERIES',
  PIPELINE = 'PIPELINE',
}
registerEnumType(ForecastFamily, { name: 'ForecastFamily' });

export enum IntervalSource {
  BACKTEST_ERRORS = 'BACKTEST_ERRORS',
  SIMULATION = 'SIMULATION',
}
registerEnumType(IntervalSource, {
  name: 'ForecastIntervalSource',
  description:
    "BACKTEST_ERRORS: the point plus the 10th, 50th and 90th percentiles of the method's own backtest errors (actual - forecast) on the same window. SIMULATION: percentiles of the simulated outcomes.",
});

@ObjectType('ForecastSubject', { description: 'Whose figures a forecast is of' })
export class ForecastSubjectDto {
  @Field(() => ForecastSubjectKind)
  kind!: ForecastSubjectKind;

  @Field(() => ID, { nullable: true, description: 'The rep or team id; null for the company' })
  id!: string | null;

  @Field()
  name!: string;
}

@ObjectType('ForecastMonth', { description: 'One month of the history a forecast learned from' })
export class ForecastMonthDto {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field({ description: 'Won in the month: decimal money for WON_REVENUE, a whole count for DEALS_WON' })
  value!: string;
}

const VALUE =
  'Decimal text: money for WON_REVENUE ("1234.56", in currency), expected deals to 2 decimals for DEALS_WON';

@ObjectType('ForecastMethodResult', {
  description: "One method's forecast of the period, with its interval and its record",
})
export class ForecastMethodResultDto {
  @Field(() => ForecastMethodKey)
  method!: ForecastMethodKey;

  @Field(() => ForecastFamily)
  family!: ForecastFamily;

  @Field({
    description:
      'True for the recommended method: the time-series method with the lowest backtest WAPE on the origins all ranked methods share, unless a pipeline method beat it and NAIVE on at least 3 frozen period-start forecasts scored on the same periods',
  })
  recommended!: boolean;

  @Field(() => String, {
    nullable: true,
    description: `The period's forecast total; null when the method cannot forecast (see note). ${VALUE}`,
  })
  point!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '10th percentile: 1 in 10 outcomes below it. Null without an interval.',
  })
  p10!: string | null;

  @Field(() => String, { nullable: true, description: '50th percentile (median). Null without an interval.' })
  p50!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '90th percentile: 1 in 10 outcomes above it. Null without an interval.',
  })
  p90!: string | null;

  @Field(() => IntervalSource, { nullable: true })
  intervalSource!: IntervalSource | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'WAPE = Σ|A−F| / Σ|A| (0.12 = off by 12% of what was won). Time series: backtest over the origins all ranked methods share. Pipeline: over its frozen period-start forecasts of this subject and period type, scored by asOf. Null when neither exists',
  })
  wape!: number | null;

  @Field(() => Int, {
    description:
      'Backtest origins behind wape (time series) or frozen period-start forecasts scored (pipeline); 0 when none',
  })
  origins!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Bias = Σ(F−A) / ΣA over all of its backtest origins (time series) or scored period-start forecasts (pipeline): + over-forecast, − under-forecast',
  })
  bias!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Coverage: share of actuals inside P10–P90 at backtest origins (time series) or scored period-start forecasts (pipeline) that had an interval (an honest one is near 0.8)',
  })
  coverage!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Lower backtest WAPE than NAIVE on the shared origins; null when that cannot be told',
  })
  beatsNaive!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Lower backtest WAPE than SEASONAL_NAIVE on the shared origins; null when seasonal naive could not be backtested',
  })
  beatsSeasonalNaive!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why a figure is missing, or what a figure rests on, in English: the sentences of notes joined by a space',
  })
  note!: string | null;

  @Field(() => [ForecastNoteDto], {
    description: 'The sentences of note, each as a template key and its params',
  })
  notes!: ForecastNoteDto[];
}

@ObjectType('Forecast', {
  description: "Every method's forecast of a subject's period side by side, the recommended one first",
})
export class ForecastDto {
  @Field(() => ForecastSubjectDto)
  subject!: ForecastSubjectDto;

  @Field({ description: 'The period key forecast' })
  period!: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD' })
  periodStart!: string;

  @Field({ description: 'Day after the last day of the period, YYYY-MM-DD' })
  periodEnd!: string;

  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field({ description: 'The forecast is as of the start of this day, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code for WON_REVENUE; null for DEALS_WON' })
  currency!: string | null;

  @Field(() => [ForecastMonthDto], {
    description: 'Complete months before the month of asOf, from the first close in the company',
  })
  history!: ForecastMonthDto[];

  @Field({ description: `Won in the period before asOf (known, part of every total). ${VALUE}` })
  wonToDate!: string;

  @Field(() => Int, {
    description: 'Months of the period the time-series methods forecast (from the month of asOf on)',
  })
  forecastMonths!: number;

  @Field(() => ForecastMethodKey, {
    nullable: true,
    description: 'The method with the best backtest WAPE; null when none could be backtested',
  })
  recommendedMethod!: ForecastMethodKey | null;

  @Field({
    description:
      'The reading in plain words: which method to trust and by how much, or why none can be trusted yet',
  })
  statement!: string;

  @Field(() => [ForecastMethodResultDto])
  methods!: ForecastMethodResultDto[];
}

@ObjectType('ForecastBacktest', {
  description: "A rolling-origin backtest of every time-series method on the subject's monthly history",
})
export class ForecastBacktestDto {
  @Field(() => ForecastSubjectDto)
  subject!: ForecastSubjectDto;

  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field({ description: 'History ends before the month of this day, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => Int, {
    description:
      'Months in the scored window: from each origin (a month start), the next horizonMonths months summed',
  })
  horizonMonths!: number;

  @Field(() => Int, { description: 'Months of history backtested' })
  historyMonths!: number;

  @Field(() => ForecastMethodKey, { nullable: true })
  recommendedMethod!: ForecastMethodKey | null;

  @Field()
  statement!: string;

  @Field(() => [BacktestMethodDto], { description: 'Ranked methods first, best WAPE first' })
  methods!: BacktestMethodDto[];
}

@ObjectType('ForecastBacktestMethod', { description: "One method's backtest" })
export class BacktestMethodDto {
  @Field(() => ForecastMethodKey)
  method!: ForecastMethodKey;

  @Field(() => Float, {
    nullable: true,
    description: 'WAPE = Σ|A−F| / Σ|A| over the origins all ranked methods share',
  })
  wape!: number | null;

  @Field(() => Int, { description: 'Origins behind wape' })
  sharedOrigins!: number;

  @Field(() => Float, { nullable: true, description: "WAPE over all of this method's own origins" })
  ownWape!: number | null;

  @Field(() => Int, {
    description: 'Origins this method forecast (it skips those where its history is too short)',
  })
  origins!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Bias = Σ(F−A) / ΣA over its origins: + over-forecast, − under-forecast',
  })
  bias!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of actuals inside P10–P90, each interval built only from errors known at its origin; null when no origin had one',
  })
  coverage!: number | null;

  @Field(() => Int, { description: 'Origins that had an interval (5 earlier errors are needed)' })
  intervals!: number;

  @Field(() => Boolean, { nullable: true })
  beatsNaive!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  beatsSeasonalNaive!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a figure is missing, in English: the sentences of notes joined by a space',
  })
  note!: string | null;

  @Field(() => [ForecastNoteDto], {
    description: 'The sentences of note, each as a template key and its params',
  })
  notes!: ForecastNoteDto[];
}

@ObjectType('AsOfPipelineStage', { description: 'The deals that were in one stage on the as-of date' })
export class AsOfPipelineStageDto {
  @Field(() => ID)
  stageId!: string;

  @Field()
  stageName!: string;

  @Field(() => Int, { description: "The stage's default win probability, whole percent" })
  winProbability!: number;

  @Field(() => Int, {
    description:
      'Deals of the pipeline that were in this stage at the start of asOf, by their stage history (see inferredStage)',
  })
  deals!: number;

  @Field({
    description:
      "Open value, decimal money: an open deal's amount, else its product's list price (a closed deal's amount is its close value, unknown on the day)",
  })
  value!: string;

  @Field({ description: 'Σ value × win probability, decimal money' })
  weightedValue!: string;

  @Field(() => Int, {
    description: 'Deals with neither an open amount nor a list price (counted, not valued)',
  })
  dealsWithoutValue!: number;

  @Field(() => Int, {
    description:
      'Deals whose stage on the day no stage-change record covers: the current open stage, or the last open stage for a deal that has closed since',
  })
  inferredStage!: number;
}

@ObjectType('AsOfPipeline', {
  description:
    'The pipeline as it stood at the start of asOf: deals engaged before that day and not closed before it, in the stage their history says they were in',
})
export class AsOfPipelineDto {
  @Field(() => ForecastSubjectDto)
  subject!: ForecastSubjectDto;

  @Field({ description: 'YYYY-MM-DD' })
  asOf!: string;

  @Field()
  currency!: string;

  @Field(() => Int, {
    description:
      "Deals in the pipeline at the start of asOf: engaged before that day and not closed before it, of the subject's reps (a team's: whoever was in it or below it on asOf)",
  })
  deals!: number;

  @Field({ description: 'Decimal money' })
  value!: string;

  @Field({ description: 'Decimal money' })
  weightedValue!: string;

  @Field(() => [AsOfPipelineStageDto], { description: 'In funnel order' })
  stages!: AsOfPipelineStageDto[];
}
