import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { runSql, sql } from '@salesops/api/core';
import { addDays, parsePeriodKey, type Period } from '@salesops/domain';
import { type DataSource } from 'typeorm';

import { ForecastMetric } from '../forecast.enums';
import { ForecastHistoryService } from '../forecast-history.service';
import { ForecastSnapshotService } from '../forecast-snapshot.service';

export interface ForecastingSeedResult {
  calls: number;
  snapshots: number;
}

/** How each demo rep tends to call, in percent of what they then won: sandbaggers under, happy ears over. */
const CALL_HABITS = [80, 90, 100, 110, 125];

interface RepQuarter {
  rep_id: string;
  team_id: string;
  rep_user_id: string | null;
  rep_user_name: string | null;
  manager_id: string | null;
  manager_name: string | null;
  won_minor: string;
}

interface DemoCall {
  repId: string | null;
  teamId: string | null;
  period: Period;
  kind: 'SUBMISSION' | 'ADJUSTMENT';
  commit: bigint;
  bestCase: bigint;
  note: string | null;
  by: string | null;
  byName: string;
  at: string;
}

/**
 * The demo's forecasting history for a fiscal year: every rep's quarterly call (commit and best case,
 * each rep with their own habit, so the callers' records differ), each manager's team call, one
 * manager's adjustment of a report's call, and the automatic snapshots (won revenue, the company and the
 * regions) the product would have taken at each quarter's start. Only on a database without calls.
 */
export async function seedDemoForecasting(
  app: INestApplicationContext,
  fiscalYear: string,
): Promise<ForecastingSeedResult | null> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM forecast_call');
  if (n > 0) return null;
  const history = app.get(ForecastHistoryService);
  const year = history.period(fiscalYear);
  const quarters = [1, 2, 3, 4].map((q) => parsePeriodKey(`${year.key}-Q${q}`, history.calendar) as Period);
  const calls: DemoCall[] = [];
  for (const quarter of quarters) {
    const rows = await runSql<RepQuarter>(
      dataSource,
      sql`SELECT r.id AS rep_id, r.team_id, u.id AS rep_user_id, u.name AS rep_user_name, t.manager_id, m.name AS manager_name,
                 coalesce((SELECT sum(d.amount_minor) FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
                            WHERE d.rep_id = r.id AND d.close_date >= ${quarter.start}::date AND d.close_date < ${quarter.end}::date), 0)::text AS won_minor
            FROM rep r JOIN team t ON t.id = r.team_id
            LEFT JOIN app_user u ON u.rep_id = r.id LEFT JOIN app_user m ON m.id = t.manager_id
           WHERE r.active ORDER BY lower(r.name), r.id`,
    );
    const teamCommit = new Map<string, { commit: bigint; best: bigint; row: RepQuarter }>();
    rows.forEach((row, index) => {
      const won = BigInt(row.won_minor);
      if (won === 0n) return;
      // A habit, wobbling a little from quarter to quarter; called in whole dollars.
      const percent = BigInt(
        CALL_HABITS[index % CALL_HABITS.length] + (((index * 7 + quarter.start.charCodeAt(6)) % 5) - 2) * 3,
      );
      const commit = ((won * percent) / 10_000n) * 100n;
      const bestCase = (commit * 13n) / 10n;
      calls.push({
        repId: row.rep_id,
        teamId: null,
        period: quarter,
        kind: 'SUBMISSION',
        commit,
        bestCase,
        note: null,
        by: row.rep_user_id,
        byName: row.rep_user_name ?? 'Rep',
        at: `${addDays(quarter.start, 6)}T09:00:00Z`,
      });
      const team = teamCommit.get(row.team_id) ?? { commit: 0n, best: 0n, row };
      teamCommit.set(row.team_id, {
        commit: team.commit + commit,
        best: team.best + bestCase,
        row: team.row,
      });
    });
    for (const [teamId, team] of teamCommit) {
      if (!team.row.manager_id) continue;
      calls.push({
        repId: null,
        teamId,
        period: quarter,
        kind: 'SUBMISSION',
        commit: (team.commit * 95n) / 100n,
        bestCase: team.best,
        note: null,
        by: team.row.manager_id,
        byName: team.row.manager_name ?? 'Manager',
        at: `${addDays(quarter.start, 7)}T09:00:00Z`,
      });
    }
  }
  // The last quarter: a manager trims a report's call, with a note (the deals are not touched).
  const adjusted = calls.find((c) => c.period.key === quarters[3].key && c.repId !== null);
  const manager = adjusted && calls.find((c) => c.teamId !== null && c.period.key === adjusted.period.key);
  if (adjusted && manager) {
    const commit = (adjusted.commit * 85n) / 100n;
    calls.push({
      ...adjusted,
      kind: 'ADJUSTMENT',
      commit,
      bestCase: commit > adjusted.bestCase ? commit : adjusted.bestCase,
      note: 'Two deals are slipping to next quarter',
      by: manager.by,
      byName: manager.byName,
      at: `${addDays(adjusted.period.start, 8)}T09:00:00Z`,
    });
  }
  await runSql(
    dataSource,
    sql`INSERT INTO forecast_call (id, rep_id, team_id, period_key, period_start, period_end, metric, kind, commit, best_case, note, submitted_by, submitted_by_name, submitted_at)
        SELECT gen_random_uuid(), c.rep_id, c.team_id, c.period_key, c.period_start, c.period_end, 'WON_REVENUE', c.kind::forecast_call_kind, c.commit, c.best_case,
               c.note, c.by, c.by_name, c.at
          FROM unnest(${calls.map((c) => c.repId)}::uuid[], ${calls.map((c) => c.teamId)}::uuid[], ${calls.map((c) => c.period.key)}::text[],
                      ${calls.map((c) => c.period.start)}::date[], ${calls.map((c) => c.period.end)}::date[], ${calls.map((c) => c.kind)}::text[],
                      ${calls.map((c) => c.commit.toString())}::bigint[], ${calls.map((c) => c.bestCase.toString())}::bigint[], ${calls.map((c) => c.note)}::text[],
                      ${calls.map((c) => c.by)}::uuid[], ${calls.map((c) => c.byName)}::text[], ${calls.map((c) => c.at)}::timestamptz[])
               AS c(rep_id, team_id, period_key, period_start, period_end, kind, commit, best_case, note, by, by_name, at)`,
  );
  const snapshots = app.get(ForecastSnapshotService);
  let stored = 0;
  // Won revenue for the company and the regions: what the product would have frozen, kept small so the demo starts quickly.
  for (const quarter of quarters)
    stored += await snapshots.snapshotPeriodStarts(quarter.start, {
      types: ['QUARTER'],
      metrics: [ForecastMetric.WON_REVENUE],
      topTeamsOnly: true,
    });
  return { calls: calls.length, snapshots: stored };
}
