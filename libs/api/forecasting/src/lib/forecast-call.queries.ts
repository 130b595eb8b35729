import { sql, type SqlFragment } from '@salesops/api/core';

import { type ForecastCallKind, type ForecastMetric } from './forecast.enums';

export interface CallRow {
  id: string;
  rep_id: string | null;
  team_id: string | null;
  subject_name: string;
  period_key: string;
  metric: ForecastMetric;
  kind: ForecastCallKind;
  commit: string;
  best_case: string;
  note: string | null;
  submitted_by_name: string;
  submitted_at: Date;
}

export interface NewCall {
  id: string;
  repId: string | null;
  teamId: string | null;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  metric: ForecastMetric;
  kind: ForecastCallKind;
  commit: string;
  bestCase: string;
  note: string | null;
  submittedBy: string | null;
  submittedByName: string;
}

const CALL_COLUMNS = sql`c.id, c.rep_id, c.team_id, coalesce(r.name, t.name) AS subject_name, c.period_key, c.metric, c.kind,
  c.commit::text AS commit, c.best_case::text AS best_case, c.note, c.submitted_by_name, c.submitted_at`;

/** Adds one call (the table only ever grows) and returns it as the history lists it. */
export function insertCall(call: NewCall): SqlFragment {
  return sql`
    WITH added AS (
      INSERT INTO forecast_call (id, rep_id, team_id, period_key, period_start, period_end, metric, kind, commit, best_case, note, submitted_by, submitted_by_name)
      VALUES (${call.id}::uuid, ${call.repId}::uuid, ${call.teamId}::uuid, ${call.periodKey}, ${call.periodStart}::date, ${call.periodEnd}::date,
              ${call.metric}::forecast_metric, ${call.kind}::forecast_call_kind, ${call.commit}::bigint, ${call.bestCase}::bigint,
              ${call.note}, ${call.submittedBy}::uuid, ${call.submittedByName})
      RETURNING *
    )
    SELECT ${CALL_COLUMNS} FROM added c LEFT JOIN rep r ON r.id = c.rep_id LEFT JOIN team t ON t.id = c.team_id`;
}

/** Every call matching `where` (on call `c`), newest first: the history. */
export function callHistory(where: SqlFragment): SqlFragment {
  return sql`SELECT ${CALL_COLUMNS} FROM forecast_call c LEFT JOIN rep r ON r.id = c.rep_id LEFT JOIN team t ON t.id = c.team_id
     WHERE ${where} ORDER BY c.submitted_at DESC, c.id DESC`;
}

/**
 * Each subject's latest call of each kind (its own submission, a manager's adjustment) for a period and
 * metric as it stood at `at`, for the reps and teams given.
 */
export function latestCalls(
  periodKey: string,
  metric: ForecastMetric,
  repIds: readonly string[],
  teamIds: readonly string[],
  at: Date,
): SqlFragment {
  return sql`
    SELECT DISTINCT ON (coalesce(c.rep_id, c.team_id), c.kind) ${CALL_COLUMNS}
      FROM forecast_call c LEFT JOIN rep r ON r.id = c.rep_id LEFT JOIN team t ON t.id = c.team_id
     WHERE c.period_key = ${periodKey} AND c.metric = ${metric}::forecast_metric AND c.submitted_at <= ${at}
       AND (c.rep_id = ANY(${repIds}::uuid[]) OR c.team_id = ANY(${teamIds}::uuid[]))
     ORDER BY coalesce(c.rep_id, c.team_id), c.kind, c.submitted_at DESC, c.id DESC`;
}

export interface ScoredCallRow {
  subject_id: string;
  period_key: string;
  period_start: string;
  period_end: string;
  commit: string;
}

/**
 * For each rep and team given and each ended period, the call that was in force when the period ended
 * (the latest made before its end, own or adjusted): what the caller's record is scored on.
 */
export function callsInForceAtPeriodEnd(
  metric: ForecastMetric,
  repIds: readonly string[],
  teamIds: readonly string[],
  today: string,
): SqlFragment {
  return sql`
    SELECT DISTINCT ON (coalesce(c.rep_id, c.team_id), c.period_key)
           coalesce(c.rep_id, c.team_id) AS subject_id, c.period_key, c.period_start::text AS period_start,
           c.period_end::text AS period_end, c.commit::text AS commit
      FROM forecast_call c
     WHERE c.metric = ${metric}::forecast_metric AND c.period_end <= ${today}::date AND c.submitted_at < c.period_end
       AND (c.rep_id = ANY(${repIds}::uuid[]) OR c.team_id = ANY(${teamIds}::uuid[]))
     ORDER BY coalesce(c.rep_id, c.team_id), c.period_key, c.submitted_at DESC, c.id DESC`;
}
