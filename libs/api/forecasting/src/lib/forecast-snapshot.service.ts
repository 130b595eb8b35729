import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal, runSql, sql } from '@salesops/api/core';
import { bias, intervalCoverage, parseAmountToMinor, todayIsoDate, wape } from '@salesops/domain';
import { DataSource } from 'typeorm';
import { ForecastMetric } from './dtos/forecast.args';
import { type ForecastMethodKey } from './dtos/forecast.dto';
import {
  type ForecastAccuracyDto,
  type ForecastSnapshotDto,
  type ForecastSnapshotsArgs,
  type ForecastSnapshotsDto,
  type SaveForecastSnapshotInput,
} from './dtos/forecast-snapshot.dto';
import { monthlyWon, type MonthlyWonRow, type SubjectFilter } from './forecast.queries';
import { ForecastService } from './forecast.service';
import {
  insertSnapshots,
  type NewSnapshot,
  type SnapshotRow,
  snapshotsWhere,
} from './forecast-snapshot.queries';
import { ForecastSubjectService } from './forecast-subject.service';
import { formatValue } from './utils/forecast-statement.util';

/**
 * Forecasts frozen as they were made, and scored once their period has ended: error per snapshot, and per
 * method WAPE, bias and P10–P90 coverage over the subject's scored snapshots.
 */
@Injectable()
export class ForecastSnapshotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: ForecastSubjectService,
    private readonly forecasts: ForecastService,
  ) {}

  /** Runs the forecast (which checks the caller, the period and asOf) and stores every method that gave a point. */
  async save(principal: Principal, input: SaveForecastSnapshotInput): Promise<ForecastSnapshotDto[]> {
    const forecast = await this.forecasts.forecast(principal, input);
    const units = (text: string | null) => (text === null ? null : toUnits(forecast.metric, text));
    const rows: NewSnapshot[] = forecast.methods.flatMap((m) =>
      m.point === null
        ? []
        : [
            {
              method: m.method,
              recommended: m.recommended,
              point: units(m.point) as number,
              p10: units(m.p10),
              p50: units(m.p50),
              p90: units(m.p90),
            },
          ],
    );
    const subject = forecast.subject;
    const saved = await runSql<SnapshotRow>(
      this.dataSource,
      insertSnapshots(
        {
          batchId: randomUUID(),
          kind: subject.kind,
          repId: subject.kind === 'REP' ? subject.id : null,
          teamId: subject.kind === 'TEAM' ? subject.id : null,
          period: { key: forecast.period, start: forecast.periodStart, end: forecast.periodEnd },
          metric: forecast.metric,
          asOf: forecast.asOf,
          savedBy: principal.kind === 'key' ? null : principal.userId,
        },
        rows,
      ),
    );
    return score(saved, forecast.metric, new Map());
  }

  async list(principal: Principal, args: ForecastSnapshotsArgs): Promise<ForecastSnapshotsDto> {
    const subject = await this.subjects.resolve(principal, args.subject, args.subjectId);
    const filter = subject.filter;
    const where = sql`s.metric = ${args.metric}::forecast_metric AND ${
      filter.kind === 'COMPANY'
        ? sql`s.subject_kind = 'COMPANY'`
        : filter.kind === 'REP'
          ? sql`s.rep_id = ${filter.id}::uuid`
          : sql`s.team_id = ${filter.id}::uuid`
    } AND ${args.period ? sql`s.period_key = ${args.period}` : sql`TRUE`}`;
    const rows = await runSql<SnapshotRow>(this.dataSource, snapshotsWhere(where));
    const actuals = await this.actuals(rows, filter, args.metric);
    const scored = score(rows, args.metric, actuals);
    return {
      subject: subject.dto,
      metric: args.metric,
      snapshots: scored.slice(0, args.first),
      accuracy: accuracy(rows, actuals),
    };
  }

  /** What the subject won in each ended period of the snapshots, in the metric's units; one statement. */
  private async actuals(
    rows: readonly SnapshotRow[],
    filter: SubjectFilter,
    metric: ForecastMetric,
  ): Promise<Map<string, number>> {
    const today = todayIsoDate();
    const ended = rows.filter((r) => r.period_end <= today);
    if (ended.length === 0) return new Map();
    const from = ended.reduce(
      (min, r) => (r.period_start < min ? r.period_start : min),
      ended[0].period_start,
    );
    const to = ended.reduce((max, r) => (r.period_end > max ? r.period_end : max), ended[0].period_end);
    const id = filter.kind === 'COMPANY' ? null : filter.id;
    const months = await runSql<MonthlyWonRow>(
      this.dataSource,
      monthlyWon(filter.kind, from, to, (column) => (id ? sql`${column} = ${id}::uuid` : sql`TRUE`)),
    );
    const value = (m: MonthlyWonRow) =>
      metric === ForecastMetric.WON_REVENUE ? Number(m.won_minor) : m.deals_won;
    return new Map(
      ended.map((r) => [
        r.period_key,
        months
          .filter((m) => m.month >= r.period_start && m.month < r.period_end)
          .reduce((sum, m) => sum + value(m), 0),
      ]),
    );
  }
}

/** Each snapshot with its actual and error once its period has ended. */
function score(
  rows: readonly SnapshotRow[],
  metric: ForecastMetric,
  actuals: ReadonlyMap<string, number>,
): ForecastSnapshotDto[] {
  const show = (value: number) => formatValue(metric, value);
  return rows.map((row) => {
    const actual = actuals.get(row.period_key);
    const [point, p10, p90] = [
      Number(row.point),
      row.p10 === null ? null : Number(row.p10),
      row.p90 === null ? null : Number(row.p90),
    ];
    return {
      id: row.id,
      batchId: row.batch_id,
      period: row.period_key,
      asOf: row.as_of,
      method: row.method as ForecastMethodKey,
      recommended: row.recommended,
      point: show(point),
      p10: p10 === null ? null : show(p10),
      p50: row.p50 === null ? null : show(Number(row.p50)),
      p90: p90 === null ? null : show(p90),
      savedBy: row.saved_by_name,
      savedAt: row.saved_at,
      actual: actual === undefined ? null : show(actual),
      error: actual === undefined ? null : show(actual - point),
      insideInterval:
        actual === undefined || p10 === null || p90 === null ? null : actual >= p10 && actual <= p90,
    };
  });
}

/** Per method over the scored snapshots, best WAPE first. */
function accuracy(rows: readonly SnapshotRow[], actuals: ReadonlyMap<string, number>): ForecastAccuracyDto[] {
  const methods = [...new Set(rows.map((r) => r.method))];
  return methods
    .map((method) => {
      const scored = rows.filter((r) => r.method === method && actuals.has(r.period_key));
      const a = scored.map((r) => actuals.get(r.period_key) as number);
      const f = scored.map((r) => Number(r.point));
      const banded = scored.filter((r) => r.p10 !== null && r.p90 !== null);
      return {
        method: method as ForecastMethodKey,
        scored: scored.length,
        wape: scored.length ? wape(a, f) : null,
        bias: scored.length ? bias(a, f) : null,
        coverage: intervalCoverage(
          banded.map((r) => actuals.get(r.period_key) as number),
          banded.map((r) => Number(r.p10)),
          banded.map((r) => Number(r.p90)),
        ),
      };
    })
    .sort((x, y) => (x.wape ?? Infinity) - (y.wape ?? Infinity) || x.method.localeCompare(y.method));
}

/** Display text back to the metric's units: money to minor units, counts as they are. */
function toUnits(metric: ForecastMetric, text: string): number {
  return metric === ForecastMetric.WON_REVENUE ? Number(parseAmountToMinor(text) ?? 0n) : Number(text);
}
