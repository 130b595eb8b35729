import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const PERIODS = 'query($repId: ID) { goalPeriods(repId: $repId) { periodKey start end goals } }';
const SET_GOALS = 'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }';

interface GoalPeriod {
  periodKey: string;
  start: string;
  end: string;
  goals: number;
}

describe('goalPeriods: where the goals are, in one query', () => {
  let t: TestApp;
  let admin: string;
  let darcel: string;
  let other: string;
  let team: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    [{ id: darcel, team_id: team }] = await t.dataSource.query(
      "SELECT id, team_id FROM rep WHERE email = 'darcel.schlecht@salesops.demo'",
    );
    [{ id: other }] = await t.dataSource.query(
      "SELECT id FROM rep WHERE email <> 'darcel.schlecht@salesops.demo' ORDER BY name LIMIT 1",
    );
    const goals = [
      { repId: darcel, period: 'FY2017-Q1', metric: 'WON_REVENUE', target: '100000' },
      { repId: darcel, period: 'FY2017-Q1', metric: 'DEALS_WON', target: '10' },
      { repId: darcel, period: 'FY2017-Q3', metric: 'WON_REVENUE', target: '100000' },
      { repId: darcel, period: '2017-01', metric: 'DEALS_WON', target: '3' },
      { repId: other, period: 'FY2018', metric: 'WON_REVENUE', target: '500000' },
      { teamId: team, period: 'FY2017', metric: 'WON_REVENUE', target: '2000000' },
    ];
    const written = await t.gql(SET_GOALS, { input: { goals } }, admin);
    expect(written.errors).toBeUndefined();
  });

  afterAll(() => t.stop());

  async function periods(token: string, repId?: string): Promise<GoalPeriod[]> {
    const result = await t.gql<{ goalPeriods: GoalPeriod[] }>(PERIODS, { repId }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.goalPeriods ?? [];
  }

  it('should list every period with goals newest first, the longest first among those starting the same day, counted from the rows', async () => {
    const got = await periods(admin);
    expect(got.map((p) => p.periodKey)).toEqual(['FY2018', 'FY2017-Q3', 'FY2017', 'FY2017-Q1', '2017-01']);
    const counted: { period_key: string; n: number }[] = await t.dataSource.query(
      'SELECT period_key, count(*)::int AS n FROM goal GROUP BY period_key',
    );
    expect(Object.fromEntries(got.map((p) => [p.periodKey, p.goals]))).toEqual(
      Object.fromEntries(counted.map((row) => [row.period_key, row.n])),
    );
    expect(got.find((p) => p.periodKey === 'FY2017-Q1')).toMatchObject({
      start: '2017-01-01',
      end: '2017-04-01',
      goals: 2,
    });
    expect(got.find((p) => p.periodKey === '2017-01')).toMatchObject({
      start: '2017-01-01',
      end: '2017-02-01',
    });
  });

  it("should give a rep their own goals' periods only, whatever repId they pass", async () => {
    const rep = await t.login('darcel.schlecht@salesops.demo');
    expect((await periods(rep)).map((p) => p.periodKey)).toEqual(['FY2017-Q3', 'FY2017-Q1', '2017-01']);
    expect(await periods(rep, other)).toEqual([]);
  });

  it("should narrow to one rep's own goals with repId, leaving out their team's", async () => {
    expect((await periods(admin, darcel)).map((p) => p.periodKey)).toEqual([
      'FY2017-Q3',
      'FY2017-Q1',
      '2017-01',
    ]);
  });

  it('should refuse a repId that is not an id, naming the field', async () => {
    const result = await t.gql(PERIODS, { repId: 'nobody' }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain('repId');
  });
});
