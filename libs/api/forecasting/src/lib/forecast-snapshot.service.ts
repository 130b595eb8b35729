import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inTransaction, type Principal, Role, runSql, type SqlFragment } from '@salesops/api/core';
import { parseAmountToMinor, periodContaining, type PeriodType, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { ForecastMetric, ForecastSubjectKind } from './dtos/forecast.args';
import { type ForecastDto, type ForecastMethodKey } from './dtos/forecast.dto';
import {
  type ForecastSnapshotDto,
  type ForecastSnapshotsArgs,
  type ForecastSnapshotsDto,
  type SaveForecastSnapshotInput,
} from './dtos/forecast-snapshot.dto';
import { ForecastService } from './forecast.service';
import { ForecastHistoryService } from './forecast-history.service';
import {
  automaticSnapshotOf,
  automaticSnapshotsTaken,
  insertSnapshots,
  lockAutomaticSnapshots,
  type NewSnapshot,
  type SnapshotRow,
  snapshotsOf,
  snapshotTeams,
} from './forecast-snapshot.queries';
import { ForecastSubjectService } from './forecast-subject.service';
import { methodRecords, snapshotActuals, snapshotSubject } from './snapshot-record';
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
    private readonly history: ForecastHistoryService,
  ) {}

  /** Runs the forecast (which checks the caller, the period and asOf) and stores every method that gave a point. */
  async save(principal: Principal, input: SaveForecastSnapshotInput): Promise<ForecastSnapshotDto[]> {
    const forecast = await this.forecasts.forecast(principal, input);
    const saved = await runSql<SnapshotRow>(
      this.dataSource,
      freezeForecast(forecast, principal.kind === 'key' ? null : principal.userId),
    );
    return score(saved, forecast.metric, new Map());
  }

  /**
   * The automatic snapshots: for the month, quarter and fiscal year that contain `today`, the forecast of
   * the company and of every team as of the period's first day, in won revenue and in deals won, unless
   * that snapshot was taken already (saved by nobody: `saved_by` is null). Reps' forecasts are frozen when
   * someone saves them; their own record comes from their calls. Several processes may run this at once:
   * a transaction lock makes the check and the insert one step. Returns how many batches it stored.
   */
  async snapshotPeriodStarts(today: string, scope: AutomaticScope = {}): Promise<number> {
    const {
      types = ['MONTH', 'QUARTER', 'YEAR'],
      metrics = [ForecastMetric.WON_REVENUE, ForecastMetric.DEALS_WON],
      topTeamsOnly = false,
    } = scope;
    const calendar = this.history.calendar;
    const periods = types.map((type) => periodContaining(today, type, calendar));
    const teams = await runSql<{ id: string }>(this.dataSource, snapshotTeams(topTeamsOnly));
    const subjects: { kind: ForecastSubjectKind; id?: string }[] = [
      { kind: ForecastSubjectKind.COMPANY },
      ...teams.map((t) => ({ kind: ForecastSubjectKind.TEAM, id: t.id })),
    ];
    let stored = 0;
    for (const period of periods) {
      for (const metric of metrics) {
        const taken = new Set(
          (
            await runSql<{ subject: string }>(
              this.dataSource,
              automaticSnapshotsTaken(period.key, metric, period.start),
            )
          ).map((r) => r.subject),
        );
        for (const subject of subjects.filter((x) => !taken.has(x.id ?? 'COMPANY'))) {
          const forecast = await this.forecasts.forecast(AUTOMATIC, {
            subject: subject.kind,
            subjectId: subject.id,
            period: period.key,
            metric,
            asOf: period.start,
          });
          if (!forecast.methods.some((m) => m.point !== null)) continue;
          stored += await inTransaction(this.dataSource, async (manager) => {
            await runSql(manager, lockAutomaticSnapshots);
            const [again] = await runSql<{ id: string }>(
              manager,
              automaticSnapshotOf(period.key, metric, period.start, subject.kind, subject.id ?? null),
            );
            if (again) return 0;
            await runSql(manager, freezeForecast(forecast, null));
            return 1;
          });
        }
      }
    }
    return stored;
  }

  async list(principal: Principal, args: ForecastSnapshotsArgs): Promise<ForecastSnapshotsDto> {
    const subject = await this.subjects.resolve(principal, args.subject, args.subjectId);
    const filter = subject.filter;
    const rows = await runSql<SnapshotRow>(
      this.dataSource,
      snapshotsOf(args.metric, snapshotSubject(filter), args.period),
    );
    const actuals = await snapshotActuals(this.dataSource, rows, filter, args.metric, todayIsoDate());
    const scored = score(rows, args.metric, actuals);
    return {
      subject: subject.dto,
      metric: args.metric,
      snapshots: scored.slice(0, args.first),
      accuracy: methodRecords(rows, actuals),
    };
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

/** Display text back to the metric's units: money to minor units, counts as they are. */
function toUnits(metric: ForecastMetric, text: string): number {
  return metric === ForecastMetric.WON_REVENUE ? Number(parseAmountToMinor(text) ?? 0n) : Number(text);
}

/** Which automatic snapshots to take: by default every period type, both metrics, the company and every team. */
export interface AutomaticScope {
  types?: readonly PeriodType[];
  metrics?: readonly ForecastMetric[];
  /** Only the company and the teams at the top of the tree (the demo's seed, to start quickly). */
  topTeamsOnly?: boolean;
}

/** The caller of the automatic snapshots: reads as an admin, stores as nobody. */
const AUTOMATIC: Principal = {
  userId: '00000000-0000-0000-0000-000000000000',
  sessionId: 'forecast-snapshots',
  role: Role.ADMIN,
  repId: null,
  name: 'Automatic snapshot',
  email: '',
  kind: 'key',
  scopes: ['READ'],
};

/** The insert that freezes a forecast: one row per method that gave a point, one batch. */
function freezeForecast(forecast: ForecastDto, savedBy: string | null): SqlFragment {
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
  return insertSnapshots(
    {
      batchId: randomUUID(),
      kind: subject.kind,
      repId: subject.kind === 'REP' ? subject.id : null,
      teamId: subject.kind === 'TEAM' ? subject.id : null,
      period: { key: forecast.period, start: forecast.periodStart, end: forecast.periodEnd },
      metric: forecast.metric,
      asOf: forecast.asOf,
      savedBy,
    },
    rows,
  );
}
