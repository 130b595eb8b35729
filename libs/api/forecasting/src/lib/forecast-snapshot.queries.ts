import { sql, type SqlFragment } from '@salesops/api/core';

import { type ForecastMetric, type ForecastSubjectKind } from './forecast.enums';

export interface SnapshotRow {
  id: string;
  batch_id: string;
  period_key: string;
  period_start: string;
  period_end: string;
  metric: ForecastMetric;
  as_of: string;
  method: string;
  recommended: boolean;
  point: string;
  p10: string | null;
  p50: string | null;
  p90: string | null;
  saved_by_name: string | null;
  saved_at: Date;
}

export interface NewSnapshot {
  method: string;
  recommended: boolean;
  point: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

const COLUMNS = sql`s.id, s.batch_id, s.period_key, s.period_start::text AS period_start, s.period_end::text AS period_end,
  s.metric, s.as_of::text AS as_of, s.method, s.recommended, s.point::text AS point, s.p10::text AS p10, s.p50::text AS p50,
  s.p90::text AS p90, u.name AS saved_by_name, s.saved_at`;

/** Freezes one forecast: a row per method, one batch, in one statement. */
export function insertSnapshots(
  batch: {
    batchId: string;
    kind: ForecastSubjectKind;
    repId: string | null;
    teamId: string | null;
    period: { key: string; start: string; end: string };
    metric: ForecastMetric;
    asOf: string;
    savedBy: string | null;
  },
  rows: readonly NewSnapshot[],
): SqlFragment {
  const column = <K extends keyof NewSnapshot>(key: K) => rows.map((row) => row[key]);
  return sql`
    WITH added AS (
      INSERT INTO forecast_snapshot (id, batch_id, subject_kind, rep_id, team_id, period_key, period_start, period_end, metric, as_of,
                                     method, recommended, point, p10, p50, p90, saved_by)
      SELECT gen_random_uuid(), ${batch.batchId}::uuid, ${batch.kind}::forecast_subject_kind, ${batch.repId}::uuid, ${batch.teamId}::uuid,
             ${batch.period.key}, ${batch.period.start}::date, ${batch.period.end}::date, ${batch.metric}::forecast_metric, ${batch.asOf}::date,
             m.method, m.recommended, m.point, m.p10, m.p50, m.p90, ${batch.savedBy}::uuid
        FROM unnest(${column('method')}::text[], ${column('recommended')}::boolean[], ${column('point')}::numeric[],
                    ${column('p10')}::numeric[], ${column('p50')}::numeric[], ${column('p90')}::numeric[])
             WITH ORDINALITY AS m(method, recommended, point, p10, p50, p90, n)
       ORDER BY m.n
      RETURNING *
    )
    SELECT ${COLUMNS} FROM added s LEFT JOIN app_user u ON u.id = s.saved_by ORDER BY s.recommended DESC, s.method`;
}

/** A subject's snapshots (`where` on snapshot `s`), newest first, methods in a stable order. */
export function snapshotsWhere(where: SqlFragment): SqlFragment {
  return sql`SELECT ${COLUMNS} FROM forecast_snapshot s LEFT JOIN app_user u ON u.id = s.saved_by
     WHERE ${where} ORDER BY s.saved_at DESC, s.batch_id, s.recommended DESC, s.method`;
}

/** The snapshots of one metric for a subject (`subject`: a condition on snapshot `s`), of one period or of all. */
export function snapshotsOf(
  metric: ForecastMetric,
  subject: SqlFragment,
  periodKey: string | null | undefined,
): SqlFragment {
  return snapshotsWhere(
    sql`s.metric = ${metric}::forecast_metric AND ${subject} AND ${periodKey ? sql`s.period_key = ${periodKey}` : sql`TRUE`}`,
  );
}

/** The teams whose forecasts are frozen automatically: every team, or only those at the top of the tree. */
export function snapshotTeams(topTeamsOnly: boolean): SqlFragment {
  return sql`SELECT id FROM team WHERE ${topTeamsOnly ? sql`parent_id IS NULL` : sql`TRUE`} ORDER BY id`;
}

/** The company and teams ('COMPANY' or the team id) whose automatic snapshot of a period start is taken already. */
export function automaticSnapshotsTaken(
  periodKey: string,
  metric: ForecastMetric,
  asOf: string,
): SqlFragment {
  return sql`SELECT DISTINCT coalesce(team_id::text, 'COMPANY') AS subject FROM forecast_snapshot
              WHERE saved_by IS NULL AND subject_kind <> 'REP' AND period_key = ${periodKey} AND metric = ${metric}::forecast_metric
                AND as_of = ${asOf}::date`;
}

/** Makes the check for an automatic snapshot and its insert one step: held until the transaction ends. */
export const lockAutomaticSnapshots = sql`SELECT pg_advisory_xact_lock(hashtext('forecast_snapshot.auto'))`;

/** One automatic snapshot of a subject (a team, or the company with `teamId` null) for a period start, if taken. */
export function automaticSnapshotOf(
  periodKey: string,
  metric: ForecastMetric,
  asOf: string,
  kind: ForecastSubjectKind,
  teamId: string | null,
): SqlFragment {
  return sql`SELECT id FROM forecast_snapshot WHERE saved_by IS NULL AND period_key = ${periodKey} AND metric = ${metric}::forecast_metric
              AND as_of = ${asOf}::date AND subject_kind = ${kind}::forecast_subject_kind
              AND team_id IS NOT DISTINCT FROM ${teamId}::uuid LIMIT 1`;
}
