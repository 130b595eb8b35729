import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, runSql, type SqlFragment } from '@salesops/api/core';
import { parsePeriodKey, type Period, type PeriodType, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { ForecastMetric } from './dtos/forecast.args';
import {
  historyStart,
  type HistoryStartRow,
  monthlyWon,
  type MonthlyWonRow,
  type SubjectFilter,
} from './forecast.queries';
import { type PeriodStartRecord, periodStartRecord } from './snapshot-record';
import { addMonths, denseSeries, monthOf, monthsBetween } from './utils/month-series.util';

/** The furthest a forecast reaches: a fiscal year that starts within the next year. */
export const MAX_REACH_MONTHS = 24;
/**
 * The longest history the models see: four years, two seasons for Holt-Winters and room to backtest them.
 * The backtest refits every method at every origin, so its cost grows with the square of the length.
 */
export const MAX_HISTORY_MONTHS = 48;

export interface ForecastWindow {
  readonly period: Period;
  /** The first of the month of asOf: the history ends before it, the time series forecast from it. */
  readonly asOfMonth: string;
  /** Months from asOfMonth to the period's first forecast month. */
  readonly skip: number;
  /** Months of the period forecast by the time series (the period's months from asOfMonth on). */
  readonly length: number;
}

export interface Histories {
  /** The first month of every series (the company's first close, at most MAX_HISTORY_MONTHS back); null when nothing closed before asOf. */
  readonly start: string | null;
  readonly months: number;
  /** Complete months before the month of asOf, by subject id (null: the company). */
  readonly series: ReadonlyMap<string | null, number[]>;
  /** Won in the month of asOf before asOf, by subject id. */
  readonly partial: ReadonlyMap<string | null, number>;
}

/** Periods of the fiscal calendar checked as forecast windows, and monthly won histories in one statement. */
@Injectable()
export class ForecastHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The subject's record of forecasts frozen at period starts (see periodStartRecord). */
  periodStartRecord(
    filter: SubjectFilter,
    metric: ForecastMetric,
    type: Exclude<PeriodType, 'WEEK'>,
    asOf: string,
  ): Promise<PeriodStartRecord> {
    return periodStartRecord(this.dataSource, filter, metric, type, asOf);
  }

  /** The configured fiscal calendar. */
  get calendar(): { startMonth: number } {
    return { startMonth: this.config.fiscalYearStartMonth };
  }

  /** The as-of day: today when omitted; never later than today, which nobody can know the pipeline of. */
  asOf(value: string | null | undefined, today = todayIsoDate()): string {
    // A client may send null for an omitted argument.
    if (value === undefined || value === null) return today;
    if (value > today)
      throw AppError.badInput(
        'asOf',
        `cannot be later than today (${today}): forecasts start from what is known`,
      );
    return value;
  }

  /** A month, quarter or fiscal year of the configured calendar. */
  period(key: string, field = 'period'): Period {
    const period = parsePeriodKey(key, { startMonth: this.config.fiscalYearStartMonth });
    if (!period) throw AppError.badInput(field, 'must be a period key such as FY2017, FY2017-Q3 or 2017-03');
    if (period.type === 'WEEK')
      throw AppError.badInput(field, 'weeks are not forecast: give a month, a quarter or a fiscal year');
    return period;
  }

  /** The period as a forecast window as of a day: still open on it, and ending within MAX_REACH_MONTHS. */
  window(key: string, asOf: string, field = 'period'): ForecastWindow {
    const period = this.period(key, field);
    if (period.end <= asOf) {
      throw AppError.badInput(
        field,
        `ended before ${asOf}: forecasts are of periods still open on asOf (the backtest scores past ones)`,
      );
    }
    const asOfMonth = monthOf(asOf);
    if (monthsBetween(asOfMonth, period.end) > MAX_REACH_MONTHS) {
      throw AppError.badInput(field, `must end within ${MAX_REACH_MONTHS} months of asOf (${asOf})`);
    }
    const first = period.start > asOfMonth ? period.start : asOfMonth;
    return {
      period,
      asOfMonth,
      skip: monthsBetween(asOfMonth, first),
      length: monthsBetween(first, period.end),
    };
  }

  /** Monthly won revenue (minor units) or won deals per subject of one kind, from the company's first close. */
  async histories(
    kind: SubjectFilter['kind'],
    where: (subjectId: SqlFragment) => SqlFragment,
    asOf: string,
    metric: ForecastMetric,
  ): Promise<Histories> {
    const [{ first_close }] = await runSql<HistoryStartRow>(this.dataSource, historyStart(asOf));
    const asOfMonth = monthOf(asOf);
    if (first_close === null) return { start: null, months: 0, series: new Map(), partial: new Map() };
    const earliest = addMonths(asOfMonth, -MAX_HISTORY_MONTHS);
    const start = monthOf(first_close) > earliest ? monthOf(first_close) : earliest;
    const months = monthsBetween(start, asOfMonth);
    const rows = await runSql<MonthlyWonRow>(this.dataSource, monthlyWon(kind, start, asOf, where));
    const value = (row: MonthlyWonRow) =>
      metric === ForecastMetric.WON_REVENUE ? Number(row.won_minor) : row.deals_won;
    const bySubject = new Map<string | null, { month: string; value: number }[]>();
    const partial = new Map<string | null, number>();
    for (const row of rows) {
      if (row.month >= asOfMonth)
        partial.set(row.subject_id, (partial.get(row.subject_id) ?? 0) + value(row));
      else
        bySubject.set(row.subject_id, [
          ...(bySubject.get(row.subject_id) ?? []),
          { month: row.month, value: value(row) },
        ]);
    }
    const series = new Map([...bySubject].map(([id, points]) => [id, denseSeries(points, start, months)]));
    return { start, months, series, partial };
  }
}

/** A subject's series, zeros when it won nothing yet. */
export function seriesOf(histories: Histories, id: string | null): number[] {
  return histories.series.get(id) ?? Array.from({ length: histories.months }, () => 0);
}

/** Won in the period before asOf: its complete months in the history, and the month of asOf so far. */
export function knownOf(
  histories: Histories,
  id: string | null,
  window: ForecastWindow,
): { fullMonths: number; toDate: number } {
  if (histories.start === null || window.period.start > window.asOfMonth) return { fullMonths: 0, toDate: 0 };
  const series = seriesOf(histories, id);
  const from = Math.max(0, monthsBetween(histories.start, window.period.start));
  const to = monthsBetween(histories.start, window.asOfMonth);
  const fullMonths = series.slice(from, to).reduce((sum, v) => sum + v, 0);
  return { fullMonths, toDate: fullMonths + (histories.partial.get(id) ?? 0) };
}

/** YYYY-MM of each month of the history. */
export function historyMonths(histories: Histories): string[] {
  return histories.start === null
    ? []
    : Array.from({ length: histories.months }, (_, i) => addMonths(histories.start as string, i).slice(0, 7));
}
