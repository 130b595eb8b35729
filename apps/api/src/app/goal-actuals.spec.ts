import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const ACTUALS = `query($period: String!, $metric: GoalMetric!, $teamId: ID) {
  goalActuals(period: $period, metric: $metric, teamId: $teamId) { repId teamId actual }
}`;
const GOALS =
  'query($period: String!, $metric: GoalMetric) { goals(period: $period, metric: $metric) { repId teamId actual } }';
const SET_GOALS = 'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }';
const METRICS = ['WON_REVENUE', 'DEALS_WON', 'NEW_PIPELINE'] as const;

interface Actual {
  repId: string | null;
  teamId: string | null;
  actual: string;
}

const keyOf = (row: { repId: string | null; teamId: string | null }) => row.repId ?? `team:${row.teamId}`;

describe('goalActuals: what every rep and team achieved, goal or not', () => {
  let t: TestApp;
  let admin: string;
  let reps: { id: string; team_id: string }[];
  let teams: { id: string }[];

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    reps = await t.dataSource.query('SELECT id, team_id FROM rep');
    teams = await t.dataSource.query('SELECT id FROM team');
  });

  afterAll(() => t.stop());

  async function actuals(
    period: string,
    metric: string,
    token = admin,
    teamId?: string,
  ): Promise<Map<string, string>> {
    const result = await t.gql<{ goalActuals: Actual[] }>(ACTUALS, { period, metric, teamId }, token);
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.goalActuals ?? []).map((row) => [keyOf(row), row.actual]));
  }

  it('should give a rep without a goal their won revenue, computed here from the deal rows', async () => {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM goal');
    expect(n).toBe(0);
    const got = await actuals('FY2017-Q3', 'WON_REVENUE');
    expect(got.size).toBe(reps.length + teams.length);
    const rows: { rep_id: string; won: string }[] = await t.dataSource.query(
      `SELECT r.id AS rep_id, coalesce(sum(d.amount_minor) FILTER (WHERE s.kind = 'WON' AND d.close_date >= '2017-07-01' AND d.close_date < '2017-10-01'), 0)::text AS won
         FROM rep r LEFT JOIN deal d ON d.rep_id = r.id LEFT JOIN sales_stage s ON s.id = d.stage_id GROUP BY r.id`,
    );
    const decimal = (minor: string) =>
      `${BigInt(minor) / 100n}.${(BigInt(minor) % 100n).toString().padStart(2, '0')}`;
    expect(Object.fromEntries(rows.map((row) => [row.rep_id, got.get(row.rep_id)]))).toEqual(
      Object.fromEntries(rows.map((row) => [row.rep_id, decimal(row.won)])),
    );
    expect(rows.filter((row) => row.won !== '0').length).toBeGreaterThan(20);
  });

  it.each(METRICS)(
    "%s: should equal each goal's own actual once every rep and team has a goal",
    async (metric) => {
      const before = await actuals('FY2017-Q3', metric);
      const goals = [
        ...reps.map((rep) => ({ repId: rep.id })),
        ...teams.map((team) => ({ teamId: team.id })),
      ].map((subject) => ({
        ...subject,
        period: 'FY2017-Q3',
        metric,
        target: '1',
      }));
      const written = await t.gql(SET_GOALS, { input: { goals } }, admin);
      expect(written.errors).toBeUndefined();
      const result = await t.gql<{ goals: Actual[] }>(GOALS, { period: 'FY2017-Q3', metric }, admin);
      const fromGoals = new Map((result.data?.goals ?? []).map((row) => [keyOf(row), row.actual]));
      expect(fromGoals.size).toBe(reps.length + teams.length);
      expect(Object.fromEntries(before)).toEqual(Object.fromEntries(fromGoals));
      expect([...before.values()].some((actual) => actual !== '0' && actual !== '0.00')).toBe(true);
    },
  );

  it('should give a rep only themself, and a manager only their teams and reps', async () => {
    const rep = await t.login('darcel.schlecht@salesops.demo');
    const [darcel] = await t.dataSource.query(
      "SELECT id FROM rep WHERE email = 'darcel.schlecht@salesops.demo'",
    );
    expect([...(await actuals('FY2017', 'DEALS_WON', rep)).keys()]).toEqual([darcel.id]);

    const manager = await t.login('melvin.marxen@salesops.demo');
    const led: { id: string }[] = await t.dataSource.query(
      `WITH RECURSIVE led AS (SELECT t.id FROM team t JOIN app_user u ON u.id = t.manager_id WHERE u.email = 'melvin.marxen@salesops.demo'
                              UNION SELECT t.id FROM team t JOIN led ON t.parent_id = led.id) SELECT id FROM led`,
    );
    const ledIds = new Set(led.map((team) => team.id));
    const expected = [
      ...reps.filter((r) => ledIds.has(r.team_id)).map((r) => r.id),
      ...[...ledIds].map((id) => `team:${id}`),
    ].sort();
    expect([...(await actuals('FY2017', 'DEALS_WON', manager)).keys()].sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
  });

  it('should narrow to a team and the reps in it now', async () => {
    const team = reps[0].team_id;
    const got = await actuals('FY2017', 'WON_REVENUE', admin, team);
    expect([...got.keys()].sort()).toEqual(
      [...reps.filter((r) => r.team_id === team).map((r) => r.id), `team:${team}`].sort(),
    );
  });
});
