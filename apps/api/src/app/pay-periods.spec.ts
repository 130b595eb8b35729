import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const CLOSE =
  'mutation($period: String!) { closePayPeriod(input: { period: $period }) { period status closedAt closedByName closable goalCount } }';
const SET_GOAL = 'mutation($input: SetGoalInput!) { setGoal(input: $input) { id target version } }';
const SET_GOALS = 'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }';

describe('Closed pay periods lock their goals, in the database', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let darcel: string;

  const setGoal = (period: string, target: string, token = admin) =>
    t.gql<{ setGoal: { id: string } }>(
      SET_GOAL,
      { input: { repId: darcel, period, metric: 'WON_REVENUE', target } },
      token,
    );

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    manager = await t.login('melvin.marxen@salesops.demo');
    [{ id: darcel }] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    for (const period of ['FY2017', 'FY2017-Q3', '2017-08', '2017-W32', 'FY2017-Q4'])
      expect((await setGoal(period, '1000.00')).errors).toBeUndefined();
  });

  afterAll(() => t.stop());

  it('should list the fiscal year, its quarters and months, all open and closable once ended', async () => {
    const listed = await t.gql<{
      payPeriods: { period: string; status: string; closable: boolean; goalCount: number }[];
    }>('{ payPeriods(fiscalYear: "FY2017") { period status closable goalCount } }', {}, admin);
    expect(listed.data?.payPeriods.map((p) => p.period)).toEqual([
      'FY2017',
      'FY2017-Q1',
      'FY2017-Q2',
      'FY2017-Q3',
      'FY2017-Q4',
      '2017-01',
      '2017-02',
      '2017-03',
      '2017-04',
      '2017-05',
      '2017-06',
      '2017-07',
      '2017-08',
      '2017-09',
      '2017-10',
      '2017-11',
      '2017-12',
    ]);
    expect(listed.data?.payPeriods.every((p) => p.status === 'OPEN' && p.closable)).toBe(true);
    // The quarter holds its own goal, the August goal and the week 32 goal (2017-08-07 to 08-13).
    expect(listed.data?.payPeriods.find((p) => p.period === 'FY2017-Q3')?.goalCount).toBe(3);
    // The count covers the whole company's goals: a manager sees the periods, not the count.
    const asManager = await t.gql<{ payPeriods: { period: string; goalCount: number | null }[] }>(
      '{ payPeriods(fiscalYear: "FY2017") { period goalCount } }',
      {},
      manager,
    );
    expect(asManager.data?.payPeriods).toHaveLength(17);
    expect(asManager.data?.payPeriods.every((p) => p.goalCount === null)).toBe(true);
  });

  it('should close an ended period for an admin only, once, and audit it', async () => {
    expect((await t.gql(CLOSE, { period: 'FY2017-Q3' }, manager)).errors?.[0].extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    const closed = await t.gql<{ closePayPeriod: Record<string, unknown> }>(
      CLOSE,
      { period: 'FY2017-Q3' },
      admin,
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closePayPeriod).toMatchObject({
      period: 'FY2017-Q3',
      status: 'CLOSED',
      closedByName: expect.any(String),
      closable: false,
      goalCount: 3,
    });
    const again = await t.gql(CLOSE, { period: 'FY2017-Q3' }, admin);
    expect(again.errors?.[0]).toMatchObject({
      message: 'FY2017-Q3 is closed already',
      extensions: { code: 'CONFLICT', field: 'period' },
    });
    const [event] = await t.dataSource.query(
      "SELECT summary, summary_key, summary_params FROM audit_event WHERE action = 'pay_period.close'",
    );
    expect(event.summary).toBe('Closed the pay period FY2017-Q3: 3 goals inside it are locked');
    // Stored as jsonb with the count as a number, for clients that word the summary themselves.
    expect(event.summary_key).toBe('pay_period.close');
    expect(event.summary_params).toEqual({ period: 'FY2017-Q3', count: 3 });
  });

  it('should refuse a period that has not ended, a week and a malformed key, naming the field', async () => {
    const future = await t.gql(CLOSE, { period: `FY${new Date().getUTCFullYear() + 1}` }, admin);
    expect(future.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/has not ended yet/),
      extensions: { code: 'BAD_USER_INPUT', field: 'period' },
    });
    for (const period of ['2017-W32', 'Q3', 'FY2017-Q5']) {
      expect((await t.gql(CLOSE, { period }, admin)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'period',
      });
    }
  });

  it('should refuse goal changes inside the closed period through the API, with the field at fault', async () => {
    for (const period of ['FY2017-Q3', '2017-08', '2017-W32', '2017-09']) {
      const refused = await setGoal(period, '5000.00');
      expect(refused.errors?.[0]).toMatchObject({
        message: `Goals for ${period} are locked: the pay period FY2017-Q3 is closed`,
        extensions: { code: 'CONFLICT', field: 'period' },
      });
    }
    // A grid save with one locked cell stores nothing.
    const grid = await t.gql(
      SET_GOALS,
      {
        input: {
          goals: [
            { repId: darcel, period: 'FY2017-Q4', metric: 'WON_REVENUE', target: '7.00' },
            { repId: darcel, period: '2017-08', metric: 'DEALS_WON', target: '3' },
          ],
        },
      },
      admin,
    );
    expect(grid.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'goals.1.period' });
    const [{ target }] = await t.dataSource.query(
      "SELECT target FROM goal WHERE rep_id = $1 AND period_key = 'FY2017-Q4'",
      [darcel],
    );
    expect(target).toBe('100000');
    const copy = await t.gql<{ copyGoals: unknown }>(
      'mutation { copyGoals(input: { fromPeriod: "2017-08", toPeriod: "2017-09", percentChange: 5 }) { written } }',
      {},
      admin,
    );
    expect(copy.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'toPeriod' });
    // Outside the closed quarter: the year and the next quarter still change.
    expect((await setGoal('FY2017', '2000.00')).errors).toBeUndefined();
    expect((await setGoal('FY2017-Q4', '2000.00')).errors).toBeUndefined();
  });

  it('should refuse them in the database itself, whoever writes, and keep closing final', async () => {
    const sql = async (statement: string, params: unknown[] = []) => {
      try {
        await t.dataSource.query(statement, params);
        return null;
      } catch (error) {
        return (error as { driverError?: { code?: string; message?: string } }).driverError;
      }
    };
    expect(await sql("UPDATE goal SET target = target + 1 WHERE period_key = '2017-08'")).toMatchObject({
      code: 'SOL01',
      message: 'Goals for 2017-08 are locked: the pay period FY2017-Q3 is closed',
    });
    expect(await sql("DELETE FROM goal WHERE period_key = 'FY2017-Q3'")).toMatchObject({ code: 'SOL01' });
    // Moving a goal out of the closed period is a change to it too.
    expect(
      await sql(
        "UPDATE goal SET period_key = 'FY2018-Q3', period_start = '2018-07-01', period_end = '2018-10-01' WHERE period_key = 'FY2017-Q3'",
      ),
    ).toMatchObject({ code: 'SOL01' });
    expect(
      await sql(
        "INSERT INTO goal (id, rep_id, period_key, period_start, period_end, metric, target, currency) VALUES (gen_random_uuid(), $1, '2017-07', '2017-07-01', '2017-08-01', 'DEALS_WON', 1, 'USD')",
        [darcel],
      ),
    ).toMatchObject({ code: 'SOL01' });
    expect(await sql("UPDATE pay_period SET status = 'OPEN' WHERE period_key = 'FY2017-Q3'")).toMatchObject({
      code: 'SOL01',
      message: expect.stringMatching(/closing is final/),
    });
    expect(await sql("DELETE FROM pay_period WHERE period_key = 'FY2017-Q3'")).toMatchObject({
      code: 'SOL01',
    });
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*) AS n FROM goal WHERE period_start >= '2017-07-01' AND period_end <= '2017-10-01'",
    );
    expect(Number(n)).toBe(3);
  });

  it('should not let a goal write slip in while the period closes', async () => {
    // Twenty concurrent writes into 2017-11 race the close of FY2017-Q4: each either landed before it or is refused.
    const writes = Array.from({ length: 20 }, (_, i) => setGoal('2017-11', `${100 + i}.00`));
    const close = t.gql(CLOSE, { period: 'FY2017-Q4' }, admin);
    const [answers, closed] = await Promise.all([Promise.all(writes), close]);
    expect(closed.errors).toBeUndefined();
    for (const answer of answers)
      if (answer.errors) expect(answer.errors[0].extensions?.['code']).toMatch(/CONFLICT/);
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*) AS n FROM audit_event WHERE action = 'goal.set' AND summary LIKE '%2017-11%'",
    );
    const applied = answers.filter((a) => !a.errors).length;
    expect(Number(n)).toBe(applied);
    // Whatever landed is locked now.
    expect((await setGoal('2017-11', '1.00')).errors?.[0].extensions?.['code']).toBe('CONFLICT');
  });
});
