import { resolve } from 'node:path';

import { ForecastMetric, ForecastSnapshotService, seedDemoForecasting } from '@salesops/api/forecasting';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const SNAPSHOTS = `query($period: String) { forecastSnapshots(subject: COMPANY, period: $period, first: 500) {
  snapshots { period asOf method recommended point actual error savedBy } accuracy { method wape } } }`;

describe('Forecast calls and snapshots on the demo start, and the automatic snapshots at each period start', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  it("should give every rep who won in a quarter a call, every manager their team's, and one adjustment with a note", async () => {
    const result = await seedDemoForecasting(t.app, 'FY2017');
    expect(result).not.toBeNull();
    const [{ repQuarters }] = await t.dataSource.query(
      `SELECT count(*)::int AS "repQuarters" FROM (
         SELECT DISTINCT d.rep_id, date_trunc('quarter', d.close_date) FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
          JOIN rep r ON r.id = d.rep_id AND r.active
          WHERE d.close_date >= '2017-01-01' AND d.close_date < '2018-01-01') x`,
    );
    const kinds: { kind: string; subject: string; n: number }[] = await t.dataSource.query(
      `SELECT kind, CASE WHEN rep_id IS NULL THEN 'TEAM' ELSE 'REP' END AS subject, count(*)::int AS n FROM forecast_call GROUP BY 1, 2 ORDER BY kind::text, 2`,
    );
    expect(kinds).toEqual([
      { kind: 'ADJUSTMENT', subject: 'REP', n: 1 },
      { kind: 'SUBMISSION', subject: 'REP', n: repQuarters },
      { kind: 'SUBMISSION', subject: 'TEAM', n: expect.any(Number) },
    ]);
    expect(result?.calls).toBe(kinds.reduce((sum, k) => sum + k.n, 0));
    // Callers differ: some under-call what they then won, some over-call.
    const habits: { ratio: string }[] = await t.dataSource.query(
      `SELECT round(sum(c.commit)::numeric / nullif(sum(w.won), 0), 2)::text AS ratio FROM forecast_call c
         JOIN LATERAL (SELECT sum(d.amount_minor) AS won FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
                        WHERE d.rep_id = c.rep_id AND d.close_date >= c.period_start AND d.close_date < c.period_end) w ON true
        WHERE c.rep_id IS NOT NULL AND c.kind = 'SUBMISSION' GROUP BY c.rep_id`,
    );
    const ratios = habits.map((h) => Number(h.ratio));
    expect(Math.min(...ratios)).toBeLessThan(0.9);
    expect(Math.max(...ratios)).toBeGreaterThan(1.1);
    const [adjustment] = await t.dataSource.query(
      "SELECT rep_id, period_key, note FROM forecast_call WHERE kind = 'ADJUSTMENT'",
    );
    expect(adjustment).toMatchObject({ period_key: 'FY2017-Q4', note: expect.stringMatching(/\w/) });
    const history = await t.gql<{ forecastCallHistory: { kind: string; commit: string }[] }>(
      'query($id: ID!) { forecastCallHistory(subject: REP, subjectId: $id, period: "FY2017-Q4") { kind commit } }',
      { id: adjustment.rep_id },
      admin,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.forecastCallHistory.map((c) => c.kind)).toEqual(['ADJUSTMENT', 'SUBMISSION']);
    expect(await seedDemoForecasting(t.app, 'FY2017')).toBeNull();
  }, 120_000);

  it("should hold each quarter's start-of-quarter snapshots, scored against what the company then won", async () => {
    const read = await t.gql<{
      forecastSnapshots: {
        snapshots: {
          period: string;
          asOf: string;
          actual: string | null;
          savedBy: string | null;
          point: string;
          error: string | null;
        }[];
        accuracy: { wape: string | null }[];
      };
    }>(SNAPSHOTS, { period: null }, admin);
    expect(read.errors).toBeUndefined();
    const snapshots = read.data?.forecastSnapshots.snapshots ?? [];
    const periods = [...new Set(snapshots.map((s) => `${s.period}@${s.asOf}`))].sort();
    expect(periods).toEqual([
      'FY2017-Q1@2017-01-01',
      'FY2017-Q2@2017-04-01',
      'FY2017-Q3@2017-07-01',
      'FY2017-Q4@2017-10-01',
    ]);
    expect(snapshots.every((s) => s.savedBy === null)).toBe(true);
    const won: { q: string; won: string }[] = await t.dataSource.query(
      `SELECT 'FY2017-Q' || extract(quarter FROM d.close_date) AS q, (sum(d.amount_minor) / 100.0)::numeric(20,2)::text AS won
         FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON' WHERE d.close_date >= '2017-01-01' AND d.close_date < '2018-01-01' GROUP BY 1`,
    );
    for (const snapshot of snapshots) {
      expect(Number(snapshot.actual)).toBeCloseTo(Number(won.find((w) => w.q === snapshot.period)?.won), 2);
      expect(Number(snapshot.error)).toBeCloseTo(Number(snapshot.actual) - Number(snapshot.point), 2);
    }
    expect(read.data?.forecastSnapshots.accuracy.length).toBeGreaterThan(0);
  });

  it('should give the pipeline methods the record of their frozen quarter-start forecasts, computed from what was won', async () => {
    const FORECAST = `{ forecast(subject: COMPANY, period: "FY2018-Q1", asOf: "2018-01-01") { recommendedMethod statement
      methods { method family recommended wape origins bias note } } }`;
    const read = await t.gql<{
      forecast: {
        recommendedMethod: string | null;
        statement: string;
        methods: {
          method: string;
          family: string;
          recommended: boolean;
          wape: number | null;
          origins: number;
          bias: number | null;
          note: string;
        }[];
      };
    }>(FORECAST, {}, admin);
    expect(read.errors).toBeUndefined();
    const forecast = read.data?.forecast;
    // Independently: each method's company snapshots as of a quarter's first day, against the quarter's won revenue.
    const rows: { method: string; point: string; won: string }[] = await t.dataSource.query(
      `SELECT s.method, s.point::text, (SELECT coalesce(sum(d.amount_minor), 0) FROM deal d JOIN sales_stage st ON st.id = d.stage_id AND st.kind = 'WON'
                                         WHERE d.close_date >= s.period_start AND d.close_date < s.period_end)::text AS won
         FROM forecast_snapshot s WHERE s.subject_kind = 'COMPANY' AND s.metric = 'WON_REVENUE' AND s.period_key LIKE 'FY2017-Q_' AND s.as_of = s.period_start`,
    );
    for (const method of ['STAGE_WEIGHTED', 'PIPELINE_SIMULATION']) {
      const mine = rows.filter((r) => r.method === method);
      expect(mine).toHaveLength(4);
      const wape =
        mine.reduce((sum, r) => sum + Math.abs(Number(r.won) - Number(r.point)), 0) /
        mine.reduce((sum, r) => sum + Number(r.won), 0);
      const result = forecast?.methods.find((m) => m.method === method);
      expect(result).toMatchObject({ family: 'PIPELINE', origins: 4 });
      expect(result?.wape).toBeCloseTo(wape, 6);
      expect(result?.note).toContain('Frozen quarter-start forecasts scored so far: 4.');
    }
    // Exactly one method is recommended, and the statement says how the pipeline methods stand.
    expect(forecast?.methods.filter((m) => m.recommended).map((m) => m.method)).toEqual(
      forecast?.recommendedMethod ? [forecast.recommendedMethod] : [],
    );
    expect(forecast?.statement).toMatch(/period-start forecasts/);
  });

  it("should take a period's automatic snapshots once, as of its first day, for the company and every team", async () => {
    const service = t.app.get(ForecastSnapshotService);
    const [{ teams }] = await t.dataSource.query('SELECT count(*)::int AS teams FROM team');
    const stored = await service.snapshotPeriodStarts('2017-05-10', { types: ['MONTH'] });
    const batches: { period_key: string; as_of: string; metric: string; n: number }[] =
      await t.dataSource.query(
        `SELECT period_key, as_of::text, metric, count(DISTINCT batch_id)::int AS n FROM forecast_snapshot
        WHERE saved_by IS NULL AND period_key = '2017-05' GROUP BY 1, 2, 3 ORDER BY 1, 2, metric::text`,
      );
    // Both metrics, as of the month's first day; the company and every team with a forecast to freeze.
    expect(batches.map((b) => `${b.period_key}@${b.as_of}:${b.metric}`)).toEqual([
      '2017-05@2017-05-01:DEALS_WON',
      '2017-05@2017-05-01:WON_REVENUE',
    ]);
    expect(batches.every((b) => b.n === teams + 1)).toBe(true);
    expect(stored).toBe(2 * (teams + 1));
    // Asked again later in the month, or for the quarter the demo took already: nothing new.
    expect(await service.snapshotPeriodStarts('2017-05-20', { types: ['MONTH'] })).toBe(0);
    expect(
      await service.snapshotPeriodStarts('2017-05-20', {
        types: ['QUARTER'],
        metrics: [ForecastMetric.WON_REVENUE],
        topTeamsOnly: true,
      }),
    ).toBe(0);
  }, 120_000);
});
