import { resolve } from 'node:path';

import { seedDemoCompensation } from '@salesops/api/compensation';
import { runSql, sql } from '@salesops/api/core';
import {
  type GoalActualRow,
  goalsWithActuals,
  periodGoalsWithActuals,
  seedDemoGoals,
} from '@salesops/api/goals';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { parsePeriodKey, type Period } from '@salesops/domain';

import { TestApp } from '../testing/test-app';

describe('The demo start has goals, a comp plan and closed quarters with statements', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
  });

  afterAll(() => t.stop());

  it('should give every rep and team FY2017 goals whose team goals add up their reps', async () => {
    const written = await seedDemoGoals(t.dataSource, 'FY2017', { startMonth: 1 });
    const [{ reps, teams }] = await t.dataSource.query(
      'SELECT (SELECT count(*)::int FROM rep) AS reps, (SELECT count(*)::int FROM team) AS teams',
    );
    expect(written).toBe((reps + teams) * 5);
    // A second run writes nothing.
    expect(await seedDemoGoals(t.dataSource, 'FY2017', { startMonth: 1 })).toBe(0);
    const [{ year, quarters }] = await t.dataSource.query(
      `SELECT sum(target) FILTER (WHERE period_key = 'FY2017')::text AS year, sum(target) FILTER (WHERE period_key LIKE 'FY2017-Q%')::text AS quarters
         FROM goal WHERE rep_id IS NOT NULL`,
    );
    expect(year).toBe(quarters);
    expect(
      Number((await t.dataSource.query('SELECT min(target)::int AS m FROM goal'))[0].m),
    ).toBeGreaterThanOrEqual(5_000_000);
  });

  it('should read the same actuals set-based as goal by goal, for every FY2017 goal', async () => {
    const reps: string[] = (await t.dataSource.query('SELECT id FROM rep')).map((r: { id: string }) => r.id);
    const teams: string[] = (await t.dataSource.query('SELECT id FROM team')).map(
      (r: { id: string }) => r.id,
    );
    // Every metric: counts of won deals and new pipeline by engage date too.
    for (const metric of ['DEALS_WON', 'NEW_PIPELINE'])
      await t.dataSource.query(
        `INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
         SELECT gen_random_uuid(), rep_id, team_id, period_key, period_start, period_end, $1, 10, currency FROM goal WHERE metric = 'WON_REVENUE'`,
        [metric],
      );
    for (const key of ['FY2017', 'FY2017-Q1', 'FY2017-Q2', 'FY2017-Q3', 'FY2017-Q4']) {
      const period = parsePeriodKey(key, { startMonth: 1 }) as Period;
      const one = await runSql<GoalActualRow>(
        t.dataSource.manager,
        goalsWithActuals(sql`g.period_key = ${key}`),
      );
      const set = await runSql<GoalActualRow>(
        t.dataSource.manager,
        periodGoalsWithActuals(period, reps, teams),
      );
      expect(set.map((g) => [g.id, String(g.actual)])).toEqual(one.map((g) => [g.id, String(g.actual)]));
      expect(one.filter((g) => BigInt(g.actual) > 0n).length).toBeGreaterThan(20);
    }
  });

  it('should assign the 75/25 plan to every rep, leave some acceptances missing, freeze four quarters and open one dispute', async () => {
    const result = await seedDemoCompensation(t.app, 'FY2017');
    const [{ reps }] = await t.dataSource.query('SELECT count(*)::int AS reps FROM rep');
    expect(result?.assigned).toBe(reps);
    expect(result?.acknowledged).toBeLessThan(reps);
    expect(result?.acknowledged).toBeGreaterThan(reps / 2);
    expect(result?.statements).toBe(reps * 4);
    expect(await seedDemoCompensation(t.app, 'FY2017')).toBeNull();
    const admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const statements = await t.gql<{
      payoutStatements: { status: string; totalMinor: string; lines: { amountMinor: string }[] }[];
    }>('{ payoutStatements(period: "FY2017-Q3") { status totalMinor lines { amountMinor } } }', {}, admin);
    const rows = statements.data?.payoutStatements ?? [];
    expect(rows).toHaveLength(reps);
    expect(
      rows.every(
        (s) =>
          s.status === 'FROZEN' &&
          BigInt(s.totalMinor) === s.lines.reduce((sum, l) => sum + BigInt(l.amountMinor), 0n),
      ),
    ).toBe(true);
    expect(rows.filter((s) => BigInt(s.totalMinor) > 0n).length).toBeGreaterThan(reps / 2);
    const disputes = await t.gql<{ payoutDisputes: { status: string; period: string }[] }>(
      '{ payoutDisputes { status period } }',
      {},
      admin,
    );
    expect(disputes.data?.payoutDisputes).toEqual([{ status: 'OPEN', period: 'FY2017-Q4' }]);
  });
});
