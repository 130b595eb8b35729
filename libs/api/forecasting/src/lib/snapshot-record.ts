import { runSql, sql, type SqlFragment } from '@salesops/api/core';
import { bias, intervalCoverage, type PeriodType, wape } from '@salesops/domain';
import { type EntityManager } from 'typeorm';

import { type ForecastMethodKey } from './dtos/forecast.dto';
import { type ForecastAccuracyDto } from './dtos/forecast-snapshot.dto';
import { ForecastMetric } from './forecast.enums';
import { monthlyWon, type MonthlyWonRow, type SubjectFilter } from './forecast.queries';
import { type SnapshotRow, snapshotsWhere } from './forecast-snapshot.queries';

type Runner = Pick<EntityManager, 'query'>;

/** A snapshot of the subject (`s`) as the condition on `forecast_snapshot s`. */
export function snapshotSubject(filter: SubjectFilter): SqlFragment {
  return filter.kind === 'COMPANY'
    ? sql`s.subject_kind = 'COMPANY'`
    : filter.kind === 'REP'
      ? sql`s.rep_id = ${filter.id}::uuid`
      : sql`s.team_id = ${filter.id}::uuid`;
}

/** What the subject won in each period of the snapshots that ended by `today`, in the metric's units; one statement. */
export async function snapshotActuals(
  runner: Runner,
  rows: readonly SnapshotRow[],
  filter: SubjectFilter,
  metric: ForecastMetric,
  today: string,
): Promise<Map<string, number>> {
  const ended = rows.filter((r) => r.period_end <= today);
  if (ended.length === 0) return new Map();
  const from = ended.reduce((min, r) => (r.period_start < min ? r.period_start : min), ended[0].period_start);
  const to = ended.reduce((max, r) => (r.period_end > max ? r.period_end : max), ended[0].period_end);
  const id = filter.kind === 'COMPANY' ? null : filter.id;
  const months = await runSql<MonthlyWonRow>(
    runner,
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

/** Per method over the scored snapshots: WAPE, bias and P10–P90 coverage, best WAPE first. */
export function methodRecords(
  rows: readonly SnapshotRow[],
  actuals: ReadonlyMap<string, number>,
): ForecastAccuracyDto[] {
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

export interface PeriodStartRecord {
  rows: SnapshotRow[];
  actuals: Map<string, number>;
}

const PERIOD_KEY_SHAPE: Record<Exclude<PeriodType, 'WEEK'>, string> = {
  MONTH: '^[0-9]{4}-[0-9]{2}$',
  QUARTER: '^FY[0-9]{4}-Q[1-4]$',
  YEAR: '^FY[0-9]{4}$',
};

/**
 * The subject's period-start record for periods of one type that ended by `asOf`: the snapshots frozen
 * as of each period's first day (the automatic ones, or a user's taken that day), one per method and
 * period (the latest saved), scored against what was then won. What a forecast made at a period's start
 * has been worth, for methods the rolling-origin backtest cannot replay (the pipeline ones).
 */
export async function periodStartRecord(
  runner: Runner,
  filter: SubjectFilter,
  metric: ForecastMetric,
  type: Exclude<PeriodType, 'WEEK'>,
  asOf: string,
): Promise<PeriodStartRecord> {
  const all = await runSql<SnapshotRow>(
    runner,
    snapshotsWhere(
      sql`${snapshotSubject(filter)} AND s.metric = ${metric}::forecast_metric AND s.period_key ~ ${PERIOD_KEY_SHAPE[type]}
          AND s.as_of = s.period_start AND s.period_end <= ${asOf}::date`,
    ),
  );
  // Newest first: keep each method's latest snapshot of each period.
  const seen = new Set<string>();
  const rows = all.filter((r) => {
    const key = `${r.period_key}|${r.method}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { rows, actuals: await snapshotActuals(runner, rows, filter, metric, asOf) };
}
