import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { minorToDecimal } from '@salesops/domain';

import { TestApp } from '../testing/test-app';

const SUBMIT = `mutation($input: SubmitForecastCallInput!) {
  submitForecastCall(input: $input) { id subjectKind subjectName kind commit bestCase note submittedBy }
}`;
const CALLS = `query($period: String!, $teamId: ID) {
  forecastCalls(period: $period, teamId: $teamId) {
    rows { subjectKind subjectId subjectName commit bestCase commitLastWeek repCommitSum repBestCaseSum goal
           submission { kind commit } adjustment { kind commit note submittedBy } }
  }
}`;
const HISTORY = `query($subject: ForecastSubjectKind!, $subjectId: ID, $period: String!) {
  forecastCallHistory(subject: $subject, subjectId: $subjectId, period: $period) { kind commit bestCase note submittedBy }
}`;
const SAVE = `mutation($input: SaveForecastSnapshotInput!) {
  saveForecastSnapshot(input: $input) { batchId method recommended point p10 p90 asOf period actual }
}`;
const SNAPSHOTS = `query($subject: ForecastSubjectKind!, $subjectId: ID, $period: String) {
  forecastSnapshots(subject: $subject, subjectId: $subjectId, period: $period) {
    snapshots { method point actual error insideInterval }
    accuracy { method scored wape bias coverage }
  }
}`;

interface Standing {
  subjectKind: string;
  subjectId: string;
  subjectName: string;
  commit: string | null;
  bestCase: string | null;
  commitLastWeek: string | null;
  repCommitSum: string | null;
  repBestCaseSum: string | null;
  submission: { kind: string; commit: string } | null;
  adjustment: { kind: string; commit: string; note: string; submittedBy: string } | null;
}

describe('forecast calls and snapshots', () => {
  let t: TestApp;
  let admin: string;
  let melvin: string;
  let darcel: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    melvin = await t.login('melvin.marxen@salesops.demo');
    darcel = await t.login('darcel.schlecht@salesops.demo');
    const rows: { name: string; id: string }[] = await t.dataSource.query(
      'SELECT name, id FROM rep UNION ALL SELECT name, id FROM team',
    );
    ids = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  });

  afterAll(() => t.stop());

  async function standings(token: string, teamId?: string): Promise<Map<string, Standing>> {
    const result = await t.gql<{ forecastCalls: { rows: Standing[] } }>(
      CALLS,
      { period: 'FY2018-Q1', teamId },
      token,
    );
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.forecastCalls.rows ?? []).map((row) => [row.subjectName, row]));
  }

  it("should take a rep's own call and refuse one for anybody else", async () => {
    const own = await t.gql(
      SUBMIT,
      { input: { period: 'FY2018-Q1', commit: '90000', bestCase: '120000.50' } },
      darcel,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.['submitForecastCall']).toMatchObject({
      subjectKind: 'REP',
      subjectName: 'Darcel Schlecht',
      kind: 'SUBMISSION',
      commit: '90000.00',
      bestCase: '120000.50',
      submittedBy: 'Darcel Schlecht',
    });
    const other = await t.gql(
      SUBMIT,
      { input: { repId: ids['Anna Snelling'], period: 'FY2018-Q1', commit: '1', bestCase: '2' } },
      darcel,
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const team = await t.gql(
      SUBMIT,
      { input: { teamId: ids["Melvin Marxen's team"], period: 'FY2018-Q1', commit: '1', bestCase: '2' } },
      darcel,
    );
    expect(team.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const below = await t.gql(
      SUBMIT,
      { input: { period: 'FY2018-Q1', commit: '200', bestCase: '100' } },
      darcel,
    );
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bestCase' });
    const week = await t.gql(SUBMIT, { input: { period: '2018-W02', commit: '1', bestCase: '2' } }, darcel);
    expect(week.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it("should let a manager adjust a report's call with a note, and roll the reps' calls up the team", async () => {
    const bare = await t.gql(
      SUBMIT,
      { input: { repId: ids['Darcel Schlecht'], period: 'FY2018-Q1', commit: '80000', bestCase: '100000' } },
      melvin,
    );
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const adjusted = await t.gql(
      SUBMIT,
      {
        input: {
          repId: ids['Darcel Schlecht'],
          period: 'FY2018-Q1',
          commit: '80000',
          bestCase: '100000',
          note: 'Two renewals slip to April',
        },
      },
      melvin,
    );
    expect(adjusted.data?.['submitForecastCall']).toMatchObject({
      kind: 'ADJUSTMENT',
      note: 'Two renewals slip to April',
      submittedBy: 'Melvin Marxen',
    });
    await t.gql(
      SUBMIT,
      { input: { period: 'FY2018-Q1', commit: '30000', bestCase: '40000' } },
      await t.login('mei-mei.johns@salesops.demo'),
    );
    const teamCall = await t.gql(
      SUBMIT,
      {
        input: {
          teamId: ids["Melvin Marxen's team"],
          period: 'FY2018-Q1',
          commit: '150000',
          bestCase: '200000',
        },
      },
      melvin,
    );
    expect(teamCall.data?.['submitForecastCall']).toMatchObject({ subjectKind: 'TEAM', kind: 'SUBMISSION' });

    const rows = await standings(melvin);
    const darcelRow = rows.get('Darcel Schlecht') as Standing;
    expect(darcelRow).toMatchObject({ commit: '80000.00', bestCase: '100000.00', commitLastWeek: null });
    expect(darcelRow.submission).toMatchObject({ kind: 'SUBMISSION', commit: '90000.00' });
    expect(darcelRow.adjustment).toMatchObject({ kind: 'ADJUSTMENT', commit: '80000.00' });
    expect(rows.get("Melvin Marxen's team")).toMatchObject({
      commit: '150000.00',
      repCommitSum: '110000.00',
      repBestCaseSum: '140000.00',
    });
    expect(rows.has('Anna Snelling')).toBe(false);
    const central = (await standings(admin)).get('Central');
    expect(central).toMatchObject({ commit: null, repCommitSum: '110000.00' });

    const history = await t.gql<{ forecastCallHistory: { kind: string; commit: string }[] }>(
      HISTORY,
      { subject: 'REP', period: 'FY2018-Q1' },
      darcel,
    );
    expect(history.data?.forecastCallHistory.map((c) => [c.kind, c.commit])).toEqual([
      ['ADJUSTMENT', '80000.00'],
      ['SUBMISSION', '90000.00'],
    ]);
    const mine = await standings(darcel);
    expect([...mine.keys()]).toEqual(['Darcel Schlecht']);
  });

  it("should keep each caller's record: the commit in force when a period ended against what was won", async () => {
    const call = await t.gql<{ submitForecastCall: { id: string } }>(
      SUBMIT,
      { input: { period: '2017-12', commit: '100000', bestCase: '150000' } },
      darcel,
    );
    const late = await t.gql(SUBMIT, { input: { period: '2017-12', commit: '1', bestCase: '1' } }, darcel);
    expect(late.errors).toBeUndefined();
    // Calls are made live; this one is dated back to before the period ended, the late one stays after it.
    await t.dataSource.query("UPDATE forecast_call SET submitted_at = '2017-11-20T10:00:00Z' WHERE id = $1", [
      call.data?.submitForecastCall.id,
    ]);
    const [{ won }]: { won: string }[] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN sales_stage s ON s.id = d.stage_id JOIN rep r ON r.id = d.rep_id
        WHERE s.kind = 'WON' AND r.name = 'Darcel Schlecht' AND d.close_date >= '2017-12-01' AND d.close_date < '2018-01-01'`,
    );
    const result = await t.gql<{
      forecastCalls: { rows: { subjectName: string; callsScored: number; callBias: number | null }[] };
    }>('{ forecastCalls(period: "FY2018-Q1") { rows { subjectName callsScored callBias } } }', {}, melvin);
    const row = result.data?.forecastCalls.rows.find((r) => r.subjectName === 'Darcel Schlecht');
    expect(row?.callsScored).toBe(1);
    expect(row?.callBias).toBeCloseTo((10_000_000 - Number(won)) / Number(won), 10);
    expect(result.data?.forecastCalls.rows.find((r) => r.subjectName === 'Mei-Mei Johns')).toMatchObject({
      callsScored: 0,
      callBias: null,
    });
  });

  it('should freeze every method as of a day and score it against what was won once the period ended', async () => {
    const saved = await t.gql<{
      saveForecastSnapshot: {
        batchId: string;
        method: string;
        recommended: boolean;
        point: string;
        asOf: string;
        actual: string | null;
      }[];
    }>(SAVE, { input: { subject: 'COMPANY', period: 'FY2017-Q4', asOf: '2017-10-01' } }, admin);
    expect(saved.errors).toBeUndefined();
    const rows = saved.data?.saveForecastSnapshot ?? [];
    expect(rows.map((r) => r.method).sort()).toEqual([
      'DAMPED_HOLT',
      'DRIFT',
      'HOLT',
      'NAIVE',
      'PIPELINE_SIMULATION',
      'STAGE_WEIGHTED',
    ]);
    expect(new Set(rows.map((r) => r.batchId)).size).toBe(1);
    expect(rows.filter((r) => r.recommended)).toHaveLength(1);
    const forecast = await t.gql<{ forecast: { methods: { method: string; point: string | null }[] } }>(
      '{ forecast(subject: COMPANY, period: "FY2017-Q4", asOf: "2017-10-01") { methods { method point } } }',
      {},
      admin,
    );
    for (const row of rows)
      expect(row.point).toBe(forecast.data?.forecast.methods.find((m) => m.method === row.method)?.point);

    const [{ won }]: { won: string }[] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN sales_stage s ON s.id = d.stage_id
        WHERE s.kind = 'WON' AND d.close_date >= '2017-10-01' AND d.close_date < '2018-01-01'`,
    );
    const listed = await t.gql<{
      forecastSnapshots: {
        snapshots: { method: string; point: string; actual: string; error: string }[];
        accuracy: { method: string; scored: number; wape: number; bias: number }[];
      };
    }>(SNAPSHOTS, { subject: 'COMPANY', period: 'FY2017-Q4' }, admin);
    expect(listed.errors).toBeUndefined();
    const actual = Number(won);
    for (const snapshot of listed.data?.forecastSnapshots.snapshots ?? []) {
      expect(snapshot.actual).toBe(minorToDecimal(BigInt(won)));
      expect(snapshot.error).toBe(minorToDecimal(BigInt(won) - BigInt(snapshot.point.replace('.', ''))));
    }
    const naive = listed.data?.forecastSnapshots.accuracy.find((a) => a.method === 'NAIVE');
    const naivePoint = Number(rows.find((r) => r.method === 'NAIVE')?.point.replace('.', ''));
    expect(naive?.scored).toBe(1);
    expect(naive?.wape).toBeCloseTo(Math.abs(actual - naivePoint) / actual, 10);
    expect(naive?.bias).toBeCloseTo((naivePoint - actual) / actual, 10);
  });

  it('should let only admins and managers freeze forecasts, each within their reach', async () => {
    const rep = await t.gql(
      SAVE,
      { input: { subject: 'REP', period: 'FY2017-Q4', asOf: '2017-10-01' } },
      darcel,
    );
    expect(rep.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const company = await t.gql(
      SAVE,
      { input: { subject: 'COMPANY', period: 'FY2017-Q4', asOf: '2017-10-01' } },
      melvin,
    );
    expect(company.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const other = await t.gql(
      SAVE,
      { input: { subject: 'REP', subjectId: ids['Anna Snelling'], period: 'FY2017-Q4', asOf: '2017-10-01' } },
      melvin,
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const own = await t.gql(
      SAVE,
      {
        input: { subject: 'REP', subjectId: ids['Darcel Schlecht'], period: 'FY2017-Q4', asOf: '2017-10-01' },
      },
      melvin,
    );
    expect(own.errors).toBeUndefined();
    const read = await t.gql<{ forecastSnapshots: { snapshots: unknown[] } }>(
      SNAPSHOTS,
      { subject: 'REP' },
      darcel,
    );
    expect(read.data?.forecastSnapshots.snapshots.length).toBeGreaterThan(0);
  });
});
