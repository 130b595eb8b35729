import { Injectable } from '@nestjs/common';
import { ComputedCache, type Principal, sql } from '@salesops/api/core';
import { minorToDecimal, type PeriodType } from '@salesops/domain';

import {
  type ForecastArgs,
  type ForecastBacktestArgs,
  ForecastHorizon,
  ForecastMetric,
  type ForecastSubjectArgs,
} from './dtos/forecast.args';
import {
  type AsOfPipelineDto,
  type BacktestMethodDto,
  type ForecastBacktestDto,
  type ForecastDto,
  ForecastFamily,
  ForecastMethodKey,
  type ForecastMethodResultDto,
  IntervalSource,
} from './dtos/forecast.dto';
import { type ForecastAccuracyDto } from './dtos/forecast-snapshot.dto';
import { type AsOfStageRow, type SubjectFilter } from './forecast.queries';
import {
  ForecastHistoryService,
  type ForecastWindow,
  type Histories,
  historyMonths,
  knownOf,
  seriesOf,
} from './forecast-history.service';
import { ForecastSubjectService, type ResolvedSubject } from './forecast-subject.service';
import { type ForecastNote, forecastNote, noteDtos, noteText } from './notes/forecast-notes';
import { PipelineForecastService } from './pipeline-forecast.service';
import { methodRecords, type PeriodStartRecord } from './snapshot-record';
import { backtestStatement, formatValue } from './utils/forecast-statement.util';
import { type PipelineEstimate } from './utils/pipeline-forecast.util';
import {
  forecastWindow,
  recommendedMethod,
  type TimeSeriesForecast,
} from './utils/time-series-forecast.util';

const HORIZON_MONTHS: Record<ForecastHorizon, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/**
 * Forecasts and backtests of one subject: the time-series methods on its monthly history, the pipeline
 * methods on its pipeline as it stood at asOf. Decides nothing about who may see what (the subject
 * service does) and issues no SQL of its own.
 */
@Injectable()
export class ForecastService {
  constructor(
    private readonly subjects: ForecastSubjectService,
    private readonly history: ForecastHistoryService,
    private readonly pipeline: PipelineForecastService,
    private readonly cache: ComputedCache,
  ) {}

  /**
   * Access is decided first (the subject service); the forecast itself depends only on the subject, the
   * period, the day and the metric, so it is kept until the data under it changes (ComputedCache: every
   * write to deals, their stage changes, the org or the snapshots moves data_version forward).
   */
  async forecast(principal: Principal, args: ForecastArgs): Promise<ForecastDto> {
    const asOf = this.history.asOf(args.asOf);
    const window = this.history.window(args.period, asOf);
    const subject = await this.subjects.resolve(principal, args.subject, args.subjectId);
    const key = JSON.stringify([
      'forecast',
      subjectKey(subject.filter),
      window.period.key,
      asOf,
      args.metric,
    ]);
    return this.cache.getOrCompute(
      key,
      () => this.compute(subject, window, asOf, args),
      (dto) => dto.history.length + dto.methods.length,
    );
  }

  private async compute(
    subject: ResolvedSubject,
    window: ForecastWindow,
    asOf: string,
    args: ForecastArgs,
  ): Promise<ForecastDto> {
    const histories = await this.loadHistory(subject.filter, asOf, args.metric);
    const id = subjectKey(subject.filter);
    const series = seriesOf(histories, id);
    const known = knownOf(histories, id, window);
    const timeSeries = forecastWindow(series, { skip: window.skip, length: window.length });
    const pipeline = await this.pipeline.forecast(subject.filter, asOf, window, args.metric, histories.start);
    const periodType = window.period.type as Exclude<PeriodType, 'WEEK'>;
    const record = await this.history.periodStartRecord(subject.filter, args.metric, periodType, asOf);
    const show = (value: number) => formatValue(args.metric, value);
    const bestTimeSeries = recommendedMethod(timeSeries)?.id ?? null;
    const verdict = pipelineVerdict(record, bestTimeSeries);
    const recommended = verdict.recommended ?? bestTimeSeries;
    const own = new Map(methodRecords(record.rows, record.actuals).map((r) => [r.method as string, r]));
    const pipelineMethod = (method: ForecastMethodKey, estimate: PipelineEstimate) =>
      pipelineResult(
        method,
        estimate,
        known.toDate,
        show,
        own.get(method),
        recommended === method,
        periodType,
      );
    return {
      subject: subject.dto,
      period: window.period.key,
      periodStart: window.period.start,
      periodEnd: window.period.end,
      metric: args.metric,
      asOf,
      currency: args.metric === ForecastMetric.WON_REVENUE ? 'USD' : null,
      history: historyMonths(histories).map((month, i) => ({
        month,
        value: args.metric === ForecastMetric.WON_REVENUE ? show(series[i]) : String(series[i]),
      })),
      wonToDate: show(known.toDate),
      forecastMonths: window.length,
      recommendedMethod: recommended as ForecastMethodKey | null,
      statement: `${backtestStatement(timeSeries, histories.months, window.skip + window.length)} ${verdict.statement}`,
      methods: [
        ...timeSeries.map((f) => timeSeriesResult(f, known.fullMonths, show, f.id === recommended)),
        pipelineMethod(ForecastMethodKey.STAGE_WEIGHTED, pipeline.stageWeighted),
        pipelineMethod(ForecastMethodKey.PIPELINE_SIMULATION, pipeline.simulation),
      ],
    };
  }

  async backtest(principal: Principal, args: ForecastBacktestArgs): Promise<ForecastBacktestDto> {
    const asOf = this.history.asOf(args.asOf);
    const subject = await this.subjects.resolve(principal, args.subject, args.subjectId);
    const histories = await this.loadHistory(subject.filter, asOf, args.metric);
    const horizonMonths = HORIZON_MONTHS[args.horizon];
    const forecasts = forecastWindow(seriesOf(histories, subjectKey(subject.filter)), {
      skip: 0,
      length: horizonMonths,
    });
    const best = recommendedMethod(forecasts)?.id ?? null;
    return {
      subject: subject.dto,
      metric: args.metric,
      asOf,
      horizonMonths,
      historyMonths: histories.months,
      recommendedMethod: best as ForecastMethodKey | null,
      statement: backtestStatement(forecasts, histories.months, horizonMonths),
      methods: forecasts.map(backtestResult),
    };
  }

  async pipelineAsOf(principal: Principal, args: ForecastSubjectArgs): Promise<AsOfPipelineDto> {
    const asOf = this.history.asOf(args.asOf);
    const subject = await this.subjects.resolve(principal, args.subject, args.subjectId);
    const rows = await this.pipeline.byStage(subject.filter, asOf);
    const money = (minor: bigint) => minorToDecimal(minor);
    const total = (pick: (row: AsOfStageRow) => string) =>
      money(rows.reduce((sum, row) => sum + BigInt(pick(row)), 0n));
    return {
      subject: subject.dto,
      asOf,
      currency: 'USD',
      deals: rows.reduce((sum, row) => sum + row.deals, 0),
      value: total((row) => row.value_minor),
      weightedValue: total((row) => row.weighted_minor),
      stages: rows.map((row) => ({
        stageId: row.stage_id,
        stageName: row.stage_name,
        winProbability: row.win_probability,
        deals: row.deals,
        value: money(BigInt(row.value_minor)),
        weightedValue: money(BigInt(row.weighted_minor)),
        dealsWithoutValue: row.deals_without_value,
        inferredStage: row.inferred_stage,
      })),
    };
  }

  private loadHistory(filter: SubjectFilter, asOf: string, metric: ForecastMetric): Promise<Histories> {
    const key = subjectKey(filter);
    return this.history.histories(
      filter.kind,
      (column) => (key === null ? sql`TRUE` : sql`${column} = ${key}::uuid`),
      asOf,
      metric,
    );
  }
}

function subjectKey(filter: SubjectFilter): string | null {
  return filter.kind === 'COMPANY' ? null : filter.id;
}

function timeSeriesResult(
  f: TimeSeriesForecast,
  known: number,
  show: (value: number) => string,
  recommended: boolean,
): ForecastMethodResultDto {
  const at = (level: number) => {
    const value = f.quantiles?.get(level);
    return value === undefined ? null : show(known + value);
  };
  return {
    method: f.id as ForecastMethodKey,
    family: ForecastFamily.TIME_SERIES,
    recommended,
    point: f.point === null ? null : show(known + f.point),
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    intervalSource: f.quantiles ? IntervalSource.BACKTEST_ERRORS : null,
    wape: f.ranking?.wape ?? null,
    origins: f.ranking?.origins ?? 0,
    bias: f.backtest?.bias ?? null,
    coverage: f.backtest?.coverage ?? null,
    beatsNaive: f.ranking?.beatsNaive ?? null,
    beatsSeasonalNaive: f.ranking?.beatsSeasonalNaive ?? null,
    note: noteText(f.notes),
    notes: noteDtos(f.notes),
  };
}

function pipelineResult(
  method: ForecastMethodKey,
  estimate: PipelineEstimate,
  known: number,
  show: (value: number) => string,
  record: ForecastAccuracyDto | undefined,
  recommended: boolean,
  type: Exclude<PeriodType, 'WEEK'>,
): ForecastMethodResultDto {
  const scored = record?.scored ?? 0;
  const recordNote: ForecastNote =
    scored === 0
      ? forecastNote('record.none', { period: type })
      : scored < MIN_RECORD
        ? forecastNote('record.too_few', { period: type, scored, needed: MIN_RECORD })
        : forecastNote('record.scored', { period: type, scored });
  const notes = [...estimate.notes, recordNote];
  return {
    method,
    family: ForecastFamily.PIPELINE,
    recommended,
    point: show(known + estimate.point),
    p10: show(known + estimate.p10),
    p50: show(known + estimate.p50),
    p90: show(known + estimate.p90),
    intervalSource: IntervalSource.SIMULATION,
    wape: record?.wape ?? null,
    origins: scored,
    bias: record?.bias ?? null,
    coverage: record?.coverage ?? null,
    beatsNaive: null,
    beatsSeasonalNaive: null,
    note: noteText(notes),
    notes: noteDtos(notes),
  };
}

function backtestResult(f: TimeSeriesForecast): BacktestMethodDto {
  return {
    method: f.id as ForecastMethodKey,
    wape: f.ranking?.wape ?? null,
    sharedOrigins: f.ranking?.origins ?? 0,
    ownWape: f.backtest?.wape ?? null,
    origins: f.backtest?.origins ?? 0,
    bias: f.backtest?.bias ?? null,
    coverage: f.backtest?.coverage ?? null,
    intervals: f.backtest?.intervals ?? 0,
    beatsNaive: f.ranking?.beatsNaive ?? null,
    beatsSeasonalNaive: f.ranking?.beatsSeasonalNaive ?? null,
    note: noteText(f.notes),
    notes: noteDtos(f.notes),
  };
}

/** A pipeline method is ranked once this many of its period-start forecasts have been scored. */
const MIN_RECORD = 3;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * Whether a pipeline method should be recommended over the best time-series method: the rolling-origin
 * backtest cannot replay the pipeline, so the pipeline methods are judged on their frozen period-start
 * forecasts instead. On the periods where the pipeline method, the best time-series method and NAIVE were
 * all frozen and scored (at least MIN_RECORD), a pipeline method whose WAPE beats both is recommended.
 */
export function pipelineVerdict(
  record: PeriodStartRecord,
  bestTimeSeries: string | null,
): { recommended: string | null; statement: string } {
  const pipelineMethods: string[] = [ForecastMethodKey.STAGE_WEIGHTED, ForecastMethodKey.PIPELINE_SIMULATION];
  const baselines = [
    ...new Set([bestTimeSeries, ForecastMethodKey.NAIVE].filter((m): m is string => m !== null)),
  ];
  const scoredPeriods = (method: string) =>
    new Set(
      record.rows
        .filter((r) => r.method === method && record.actuals.has(r.period_key))
        .map((r) => r.period_key),
    );
  let best: {
    method: string;
    wape: number;
    against: { method: string; wape: number }[];
    periods: number;
  } | null = null;
  for (const method of pipelineMethods) {
    const common = [method, ...baselines]
      .map(scoredPeriods)
      .reduce((a, b) => new Set([...a].filter((p) => b.has(p))));
    if (common.size < MIN_RECORD) continue;
    const onCommon = methodRecords(
      record.rows.filter((r) => common.has(r.period_key)),
      record.actuals,
    );
    const wapeOf = (m: string) => onCommon.find((r) => r.method === m)?.wape ?? null;
    const own = wapeOf(method);
    const against = baselines.map((m) => ({ method: m, wape: wapeOf(m) as number }));
    if (own === null || against.some((a) => a.wape === null)) continue;
    if (!best || own < best.wape) best = { method, wape: own, against, periods: common.size };
  }
  if (!best)
    return {
      recommended: null,
      statement: `Pipeline methods are ranked once ${MIN_RECORD} of their period-start forecasts have been scored; until then they are shown, not ranked.`,
    };
  const versus = best.against.map((a) => `${percent(a.wape)} for ${a.method}`).join(' and ');
  const wins = best.against.every((a) => best.wape < a.wape);
  return {
    recommended: wins ? best.method : null,
    statement: `On ${best.periods} period-start forecasts frozen and scored, ${best.method} was off by ${percent(best.wape)} (WAPE) against ${versus}${wins ? ', so it is recommended.' : '.'}`,
  };
}
