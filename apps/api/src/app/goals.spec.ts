import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const SET =
  'mutation($input: SetGoalInput!) { setGoal(input: $input) { id subjectName target actual attainment version currency } }';
const GOALS =
  'query($period: String!) { goals(period: $period) { subjectName metric target actual attainment } }';

type Goal = {
  id: string;
  subjectName: string;
  target: string;
  actual: string;
  attainment: number | null;
  version: number;
};

describe('goals: targets, attainment and bulk tools', () => {
  let t: TestApp;
  let admin: string;
  let darcel: string;
  let melvinTeam: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    darcel = (await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'"))[0].id;
    melvinTeam = (await t.dataSource.query("SELECT id FROM team WHERE name = 'Melvin Marxen''s team'"))[0].id;
  });

  afterAll(() => t.stop());

  it("should measure a rep's won revenue against the goal and show it on the leaderboard", async () => {
    const result = await t.gql<{ setGoal: Goal }>(
      SET,
      { input: { repId: darcel, period: 'FY2017', metric: 'WON_REVENUE', target: '1000000' } },
      admin,
    );
    expect(result.data?.setGoal).toMatchObject({
      subjectName: 'Darcel Schlecht',
      target: '1000000.00',
      actual: '1153214.00',
      attainment: 1.1532,
      version: 1,
      currency: 'USD',
    });
    const board = await t.gql<{
      leaderboard: {
        rows: { repName: string; attainment: number | null; wonRevenueTarget: { amount: string } | null }[];
      };
    }>(
      '{ leaderboard(period: "FY2017", rankBy: ATTAINMENT) { rows { repName attainment wonRevenueTarget { amount } } } }',
      {},
      admin,
    );
    expect(board.data?.leaderboard.rows[0]).toEqual({
      repName: 'Darcel Schlecht',
      attainment: 1.1532,
      wonRevenueTarget: { amount: '1000000.00' },
    });
    expect(board.data?.leaderboard.rows[1].attainment).toBeNull();
  });

  it('should refuse a stale version with CONFLICT and let exactly one of many concurrent edits win', async () => {
    const first = await t.gql<{ setGoal: Goal }>(
      SET,
      { input: { repId: darcel, period: 'FY2017-Q1', metric: 'DEALS_WON', target: '50' } },
      admin,
    );
    const version = first.data?.setGoal.version;
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.gql<{ setGoal: Goal }>(
          SET,
          {
            input: {
              repId: darcel,
              period: 'FY2017-Q1',
              metric: 'DEALS_WON',
              target: String(60 + i),
              expectedVersion: version,
            },
          },
          admin,
        ),
      ),
    );
    const won = attempts.filter((a) => a.data?.setGoal);
    const refused = attempts.filter((a) => a.errors?.[0]?.extensions?.['code'] === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(99);
    const [stored] = await t.dataSource.query(
      "SELECT target, version FROM goal WHERE rep_id = $1 AND period_key = 'FY2017-Q1'",
      [darcel],
    );
    expect(stored).toEqual({ target: won[0].data?.setGoal.target, version: 2 });
  });

  it('should apply 100 concurrent blind edits of one goal one after another, none lost', async () => {
    const first = await t.gql<{ setGoal: Goal }>(
      SET,
      { input: { repId: darcel, period: 'FY2017-Q2', metric: 'DEALS_WON', target: '1' } },
      admin,
    );
    const goal = first.data?.setGoal as Goal;
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.gql<{ setGoal: Goal }>(
          SET,
          { input: { repId: darcel, period: 'FY2017-Q2', metric: 'DEALS_WON', target: String(200 + i) } },
          admin,
        ),
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    // Each answer is a distinct version: every edit was applied on top of the one before it.
    expect(answers.map((a) => a.data?.setGoal.version).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 100 }, (_, i) => goal.version + 1 + i),
    );
    const [stored] = await t.dataSource.query('SELECT target, version FROM goal WHERE id = $1', [goal.id]);
    expect(stored.version).toBe(goal.version + 100);
    expect(stored.target).toBe(
      answers.find((a) => a.data?.setGoal.version === stored.version)?.data?.setGoal.target,
    );
    // The trail holds all 100, each starting from the version the previous one left.
    const trail: { before: { version: number } | null }[] = await t.dataSource.query(
      "SELECT before FROM audit_event WHERE entity_id = $1 AND action = 'goal.set'",
      [goal.id],
    );
    expect(trail.flatMap((e) => (e.before ? [e.before.version] : [])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => goal.version + i),
    );
  });

  it.each([
    [{ target: 'abc' }, 'target'],
    [{ metric: 'DEALS_WON', target: '1.5' }, 'target'],
    [{ period: 'Q3' }, 'period'],
    [{ teamId: '00000000-0000-4000-8000-000000000000' }, 'repId'],
  ])('should refuse %p naming %s', async (change, field) => {
    const before = await t.count('goal');
    const result = await t.gql(
      SET,
      { input: { repId: darcel, period: 'FY2017', metric: 'WON_REVENUE', target: '1', ...change } },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.count('goal')).toBe(before);
  });

  it.each([
    ['a count of exactly 9 digits', 'DEALS_WON', '999999999', '999999999'],
    ['an amount of exactly 13 digits and 2 decimals', 'NEW_PIPELINE', '9999999999999.99', '9999999999999.99'],
  ])('should take a target at the digit limit: %s', async (_name, metric, target, stored) => {
    const result = await t.gql<{ setGoal: Goal }>(
      SET,
      { input: { repId: darcel, period: '2015-01', metric, target } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setGoal.target).toBe(stored);
  });

  it.each([
    ['a count of 10 digits', 'DEALS_WON', '1000000000'],
    ['an amount of 14 digits', 'NEW_PIPELINE', '10000000000000'],
  ])('should refuse a target one digit over the limit: %s', async (_name, metric, target) => {
    const before = await t.count('goal');
    const result = await t.gql(SET, { input: { repId: darcel, period: '2015-02', metric, target } }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'target' });
    expect(await t.count('goal')).toBe(before);
  });

  describe('setGoals (the goals grid)', () => {
    const SET_MANY =
      'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id subjectName periodKey target version } }';
    // Built when the test runs: darcel's id is only known after beforeAll.
    const cell =
      (period: string, target: string, extra: Record<string, unknown> = {}) =>
      () => ({ repId: darcel, period, metric: 'NEW_PIPELINE', target, ...extra });

    it('should store every cell in one go and answer them in the order sent', async () => {
      const result = await t.gql<{ setGoals: Goal[] }>(
        SET_MANY,
        {
          input: {
            goals: [
              cell('2018-01', '100')(),
              cell('2018-02', '200')(),
              { teamId: melvinTeam, period: '2018-01', metric: 'NEW_PIPELINE', target: '900' },
            ],
          },
        },
        admin,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.setGoals.map((g) => [g.subjectName, g.target, g.version])).toEqual([
        ['Darcel Schlecht', '100.00', 1],
        ['Darcel Schlecht', '200.00', 1],
        ["Melvin Marxen's team", '900.00', 1],
      ]);
    });

    it.each([
      [
        'a bad target in the third cell',
        [cell('2018-03', '1'), cell('2018-04', '2'), cell('2018-05', 'x')],
        'BAD_USER_INPUT',
        'goals.2.target',
      ],
      ['a bad period', [cell('2018-03', '1'), cell('2018-13', '2')], 'BAD_USER_INPUT', 'goals.1.period'],
      [
        'the same goal twice',
        [cell('2018-03', '1'), cell('2018-03', '2')],
        'BAD_USER_INPUT',
        'goals.1.repId',
      ],
      [
        'a stale version in the second cell',
        [cell('2018-03', '1'), cell('2018-01', '5', { expectedVersion: 7 })],
        'CONFLICT',
        'goals.1.target',
      ],
    ])('should store nothing when one cell is wrong: %s', async (_name, goals, code, field) => {
      const before = await t.dataSource.query(
        "SELECT id, target, version FROM goal WHERE metric = 'NEW_PIPELINE' ORDER BY id",
      );
      const result = await t.gql(SET_MANY, { input: { goals: goals.map((make) => make()) } }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(
        await t.dataSource.query(
          "SELECT id, target, version FROM goal WHERE metric = 'NEW_PIPELINE' ORDER BY id",
        ),
      ).toEqual(before);
    });

    it('should create a goal sent with version 0, and refuse it once someone else created it', async () => {
      const first = await t.gql<{ setGoals: Goal[] }>(
        SET_MANY,
        { input: { goals: [cell('2020-01', '10', { expectedVersion: 0 })()] } },
        admin,
      );
      expect(first.data?.setGoals[0]).toMatchObject({ target: '10.00', version: 1 });
      const second = await t.gql(
        SET_MANY,
        { input: { goals: [cell('2020-01', '20', { expectedVersion: 0 })()] } },
        admin,
      );
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'goals.0.target' });
    });

    it('should refuse a manager cells outside their subtree, naming the cell', async () => {
      const [other] = await t.dataSource.query(
        "SELECT r.id FROM rep r JOIN team t ON t.id = r.team_id WHERE t.name <> 'Melvin Marxen''s team' LIMIT 1",
      );
      const manager = await t.login('melvin.marxen@salesops.demo', 'demo-pass');
      const [mine] = await t.dataSource.query('SELECT id FROM rep WHERE team_id = $1 LIMIT 1', [melvinTeam]);
      const result = await t.gql(
        SET_MANY,
        {
          input: {
            goals: [cell('2019-01', '1', { repId: mine.id })(), cell('2019-01', '1', { repId: other.id })()],
          },
        },
        manager,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'goals.1.repId',
      });
      expect(await t.dataSource.query("SELECT 1 FROM goal WHERE period_key = '2019-01'")).toEqual([]);
    });
  });

  it("should set a whole team's reps at once and show the gap to the team's own goal", async () => {
    const bulk = await t.gql(
      'mutation { setTeamRepGoals(input: { teamId: "' +
        melvinTeam +
        '", period: "FY2018", metric: WON_REVENUE, target: "500000" }) { written } }',
      {},
      admin,
    );
    expect(bulk.data).toEqual({ setTeamRepGoals: { written: 6 } });
    await t.gql(
      SET,
      { input: { teamId: melvinTeam, period: 'FY2018', metric: 'WON_REVENUE', target: '4000000' } },
      admin,
    );
    const gaps = await t.gql<{
      teamGoalGaps: {
        teamName: string;
        teamTarget: string;
        repTargetSum: string;
        gap: string;
        repsWithGoal: number;
      }[];
    }>('{ teamGoalGaps(period: "FY2018") { teamName teamTarget repTargetSum gap repsWithGoal } }', {}, admin);
    expect(gaps.data?.teamGoalGaps.find((g) => g.teamName === "Melvin Marxen's team")).toEqual({
      teamName: "Melvin Marxen's team",
      teamTarget: '4000000.00',
      repTargetSum: '3000000.00',
      gap: '1000000.00',
      repsWithGoal: 6,
    });
  });

  it("should count a team goal's actual from everyone who was in the team", async () => {
    const goal = await t.gql<{ setGoal: Goal }>(
      SET,
      { input: { teamId: melvinTeam, period: 'FY2017', metric: 'WON_REVENUE', target: '2000000' } },
      admin,
    );
    const [{ won }] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN rep r ON r.id = d.rep_id JOIN sales_stage s ON s.id = d.stage_id
        WHERE r.team_id = $1 AND s.kind = 'WON'`,
      [melvinTeam],
    );
    expect(goal.data?.setGoal.actual).toBe(`${BigInt(won) / 100n}.00`);
  });

  it('should copy goals forward with a percentage change and leave existing ones alone', async () => {
    const copy = 'mutation($input: CopyGoalsInput!) { copyGoals(input: $input) { written skipped } }';
    const first = await t.gql<{ copyGoals: { written: number; skipped: number } }>(
      copy,
      { input: { fromPeriod: 'FY2017', toPeriod: 'FY2019', percentChange: 10 } },
      admin,
    );
    expect(first.data?.copyGoals).toEqual({ written: 2, skipped: 0 });
    const goals = await t.gql<{ goals: Goal[] }>(GOALS, { period: 'FY2019' }, admin);
    expect(goals.data?.goals.find((g) => g.subjectName === 'Darcel Schlecht')?.target).toBe('1100000.00');
    const again = await t.gql<{ copyGoals: { written: number; skipped: number } }>(
      copy,
      { input: { fromPeriod: 'FY2017', toPeriod: 'FY2019', percentChange: 10 } },
      admin,
    );
    expect(again.data?.copyGoals).toEqual({ written: 0, skipped: 2 });
    const mismatch = await t.gql(copy, { input: { fromPeriod: 'FY2017-Q1', toPeriod: 'FY2019' } }, admin);
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toPeriod' });
  });

  it('should round a copied target to the nearest unit, up or down, when the percentage leaves a fraction', async () => {
    const reps: { id: string; name: string }[] = await t.dataSource.query(
      'SELECT id, name FROM rep WHERE team_id = $1 ORDER BY name LIMIT 3',
      [melvinTeam],
    );
    const set = (repId: string, metric: string, target: string) =>
      t.gql(SET, { input: { repId, period: '2016-01', metric, target } }, admin);
    // Counts: 7 x 110% = 7.7 rounds up to 8 (floor says 7); 3 x 110% = 3.3 rounds down to 3 (ceil says 4);
    // 5 x 110% = 5.5 rounds half away from zero to 6 (truncation says 5).
    await set(reps[0].id, 'DEALS_WON', '7');
    await set(reps[1].id, 'DEALS_WON', '3');
    await set(reps[2].id, 'DEALS_WON', '5');
    // Money in cents: 0.07 x 110% = 7.7 cents -> 0.08; 1000.03 x 110% = 110003.3 cents -> 1100.03.
    await set(reps[0].id, 'WON_REVENUE', '0.07');
    await set(reps[1].id, 'WON_REVENUE', '1000.03');
    const copy = await t.gql<{ copyGoals: { written: number } }>(
      'mutation($input: CopyGoalsInput!) { copyGoals(input: $input) { written } }',
      { input: { fromPeriod: '2016-01', toPeriod: '2016-02', percentChange: 10 } },
      admin,
    );
    expect(copy.data?.copyGoals.written).toBe(5);
    const copied = await t.gql<{ goals: (Goal & { metric: string })[] }>(GOALS, { period: '2016-02' }, admin);
    const target = (rep: number, metric: string) =>
      copied.data?.goals.find((g) => g.subjectName === reps[rep].name && g.metric === metric)?.target;
    expect([target(0, 'DEALS_WON'), target(1, 'DEALS_WON'), target(2, 'DEALS_WON')]).toEqual(['8', '3', '6']);
    expect([target(0, 'WON_REVENUE'), target(1, 'WON_REVENUE')]).toEqual(['0.08', '1100.03']);
    // A cut rounds the same way: 7 x 95% = 6.65 -> 7 (floor 6), 3 x 95% = 2.85 -> 3 (floor 2), 5 x 95% = 4.75 -> 5.
    await t.gql(
      'mutation($input: CopyGoalsInput!) { copyGoals(input: $input) { written } }',
      { input: { fromPeriod: '2016-01', toPeriod: '2016-03', percentChange: -5 } },
      admin,
    );
    const cut = await t.gql<{ goals: (Goal & { metric: string })[] }>(GOALS, { period: '2016-03' }, admin);
    const deals = reps.map(
      (rep) => cut.data?.goals.find((g) => g.subjectName === rep.name && g.metric === 'DEALS_WON')?.target,
    );
    expect(deals).toEqual(['7', '3', '5']);
  });

  it('should show a rep only their own goals and refuse them setting any', async () => {
    const rep = await t.login('darcel.schlecht@salesops.demo');
    const mine = await t.gql<{ goals: Goal[] }>(GOALS, { period: 'FY2017' }, rep);
    expect(new Set(mine.data?.goals.map((g) => g.subjectName))).toEqual(new Set(['Darcel Schlecht']));
    const other = await t.login('anna.snelling@salesops.demo');
    expect((await t.gql<{ goals: Goal[] }>(GOALS, { period: 'FY2017' }, other)).data?.goals).toEqual([]);
    const refused = await t.gql(
      SET,
      { input: { repId: darcel, period: 'FY2017', metric: 'WON_REVENUE', target: '1' } },
      rep,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
