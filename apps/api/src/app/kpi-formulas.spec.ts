import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { DEMO_STAGES } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

// The KPI formulas written in SQL (where mutation testing of libs/domain cannot reach), each checked
// against a value this file computes itself from the deals it inserted. The demo org is loaded but no
// demo pipeline, so these deals are all there is.

type Kind = 'WON' | 'LOST' | 'OPEN';
interface Deal {
  rep: number;
  stage: 'Won' | 'Lost' | 'Prospecting' | 'Engaging';
  minor: number | null;
  engage: string | null;
  close: string | null;
}

const KIND: Record<Deal['stage'], Kind> = { Won: 'WON', Lost: 'LOST', Prospecting: 'OPEN', Engaging: 'OPEN' };
const PROBABILITY = Object.fromEntries(
  DEMO_STAGES.map((stage) => [stage.name, stage.winProbability]),
) as Record<Deal['stage'], number>;

// In 2017, once the demo memberships have begun. Rep 0: 3 won, 1 lost in March (and one of each just
// outside it), 2 open. Rep 1: 2 won, 1 lost, 1 open.
// Rep 2: open deals only. Amounts chosen so averages, weights and ratios need rounding.
const DEALS: Deal[] = [
  { rep: 0, stage: 'Won', minor: 100_000, engage: '2017-02-01', close: '2017-03-08' },
  { rep: 0, stage: 'Won', minor: 200_000, engage: '2017-02-20', close: '2017-03-09' },
  { rep: 0, stage: 'Won', minor: 50_050, engage: '2017-03-01', close: '2017-03-20' },
  { rep: 0, stage: 'Lost', minor: 0, engage: '2017-02-01', close: '2017-03-10' },
  { rep: 0, stage: 'Won', minor: 70_000, engage: '2017-03-05', close: '2017-04-01' },
  { rep: 0, stage: 'Lost', minor: 0, engage: '2017-02-01', close: '2017-02-28' },
  { rep: 0, stage: 'Prospecting', minor: 30_005, engage: null, close: null },
  { rep: 0, stage: 'Engaging', minor: 45_003, engage: '2017-03-02', close: null },
  { rep: 1, stage: 'Won', minor: 10_000, engage: '2017-03-01', close: '2017-03-07' },
  { rep: 1, stage: 'Won', minor: 20_001, engage: '2017-03-15', close: '2017-03-31' },
  { rep: 1, stage: 'Lost', minor: 0, engage: '2017-03-03', close: '2017-03-12' },
  { rep: 1, stage: 'Engaging', minor: 99_999, engage: '2017-03-05', close: null },
  { rep: 2, stage: 'Engaging', minor: 12_345, engage: '2017-03-31', close: null },
  { rep: 2, stage: 'Prospecting', minor: 5_000, engage: '2017-04-01', close: null },
];

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const closedIn = (deal: Deal, start: string, end: string) =>
  deal.close !== null && deal.close >= start && deal.close < end;

/** Won / (won + lost) of the deals closed in [start, end); null with none closed. */
function winRate(deals: Deal[], start: string, end: string): number | null {
  const closed = deals.filter((deal) => closedIn(deal, start, end));
  const won = closed.filter((deal) => KIND[deal.stage] === 'WON').length;
  const lost = closed.filter((deal) => KIND[deal.stage] === 'LOST').length;
  return won + lost === 0 ? null : won / (won + lost);
}

function wonMinor(deals: Deal[], start: string, end: string): number {
  return deals
    .filter((deal) => KIND[deal.stage] === 'WON' && closedIn(deal, start, end))
    .reduce((sum, deal) => sum + (deal.minor ?? 0), 0);
}

/** Gini from its definition: the mean absolute difference over all pairs, over twice the mean. */
function giniByPairs(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  let differences = 0;
  for (const a of values) for (const b of values) differences += Math.abs(a - b);
  return differences / (values.length * values.length) / (2 * mean);
}

describe('KPI formulas written in SQL, against values computed from the rows inserted', () => {
  let t: TestApp;
  let admin: string;
  let teamId: string;
  let team: { id: string; name: string }[];
  let reps: { id: string; name: string }[];

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    teamId = (await t.dataSource.query("SELECT id FROM team WHERE name = 'Melvin Marxen''s team'"))[0].id;
    team = await t.dataSource.query('SELECT id, name FROM rep WHERE team_id = $1 ORDER BY name', [teamId]);
    reps = team.slice(0, 3);
    const stages = new Map<string, string>();
    for (const [index, stage] of DEMO_STAGES.entries()) {
      const [row] = await t.dataSource.query(
        'INSERT INTO sales_stage (id, name, position, kind, win_probability) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id',
        [stage.name, index + 1, stage.kind, stage.winProbability],
      );
      stages.set(stage.name, row.id);
    }
    for (const [index, deal] of DEALS.entries()) {
      await t.dataSource.query(
        'INSERT INTO deal (id, external_id, rep_id, amount_minor, stage_id, engage_date, close_date) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)',
        [`KPI-${index}`, reps[deal.rep].id, deal.minor, stages.get(deal.stage), deal.engage, deal.close],
      );
    }
  });

  afterAll(() => t.stop());

  const of = (rep: number) => DEALS.filter((deal) => deal.rep === rep);

  describe('leaderboard', () => {
    const BOARD = `query($period: String!, $teamId: ID) { leaderboard(period: $period, teamId: $teamId, first: 100) {
      period { start end }
      rows { repName dealsWon dealsLost winRate attainment salesCycleDays wonRevenue { minor } avgDealSize { minor } weightedPipeline { minor } } } }`;
    type Row = {
      repName: string;
      dealsWon: number;
      dealsLost: number;
      winRate: number | null;
      attainment: number | null;
      salesCycleDays: number | null;
      wonRevenue: { minor: string };
      avgDealSize: { minor: string } | null;
      weightedPipeline: { minor: string };
    };
    type Board = { leaderboard: { period: { start: string; end: string }; rows: Row[] } };

    async function board(
      period: string,
      team?: string,
    ): Promise<{ start: string; end: string; row: (rep: number) => Row | undefined }> {
      const result = await t.gql<Board>(BOARD, { period, teamId: team }, admin);
      expect(result.errors).toBeUndefined();
      const { start, end } = result.data?.leaderboard.period ?? { start: '', end: '' };
      return {
        start,
        end,
        row: (rep) => result.data?.leaderboard.rows.find((r) => r.repName === reps[rep].name),
      };
    }

    it.each([
      ['a month (monthly rollup)', '2017-03', false],
      ['a week (daily rollup)', '2017-W10', false],
      ['a month within a team (daily rollup clipped to membership)', '2017-03', true],
    ])(
      'should show win rate = won / (won + lost) of the deals closed in %s, open deals left out',
      async (_name, period, inTeam) => {
        const { start, end, row } = await board(period, inTeam ? teamId : undefined);
        for (const rep of [0, 1, 2]) {
          const expected = winRate(of(rep), start, end);
          expect(row(rep)?.winRate).toBe(expected === null ? null : round(expected, 4));
        }
        // Written out by hand for March: 3 / (3 + 1), and 2 / (2 + 1) rounded to 4 decimals.
        if (period === '2017-03')
          expect([row(0)?.winRate, row(1)?.winRate, row(2)?.winRate]).toEqual([0.75, 0.6667, null]);
      },
    );

    it('should average won deals to the nearest cent and their cycle to a tenth of a day', async () => {
      const { start, end, row } = await board('2017-03');
      for (const rep of [0, 1]) {
        const won = of(rep).filter((deal) => KIND[deal.stage] === 'WON' && closedIn(deal, start, end));
        expect(row(rep)?.dealsWon).toBe(won.length);
        expect(row(rep)?.wonRevenue.minor).toBe(String(wonMinor(of(rep), start, end)));
        expect(row(rep)?.avgDealSize?.minor).toBe(
          String(Math.round(wonMinor(of(rep), start, end) / won.length)),
        );
        const cycle =
          won.reduce((sum, deal) => sum + days(deal.engage as string, deal.close as string), 0) / won.length;
        expect(row(rep)?.salesCycleDays).toBe(round(cycle, 1));
      }
      // By hand: 350,050 / 3 = 116,683.3 cents; 30,001 / 2 = 15,000.5 cents rounds up; (35 + 17 + 19) / 3 days.
      expect([row(0)?.avgDealSize?.minor, row(1)?.avgDealSize?.minor, row(0)?.salesCycleDays]).toEqual([
        '116683',
        '15001',
        23.7,
      ]);
      expect(row(2)?.avgDealSize).toBeNull();
    });

    it("should weight each open deal by its stage's win probability, whatever the period", async () => {
      const { row } = await board('2017-03');
      for (const rep of [0, 1, 2]) {
        const open = of(rep).filter((deal) => KIND[deal.stage] === 'OPEN');
        const weighted =
          open.reduce((sum, deal) => sum + (deal.minor ?? 0) * PROBABILITY[deal.stage], 0) / 100;
        expect(row(rep)?.weightedPipeline.minor).toBe(String(Math.round(weighted)));
      }
      // By hand: (30,005 x 10 + 45,003 x 40) / 100 = 21,001.7 cents.
      expect(row(0)?.weightedPipeline.minor).toBe('21002');
    });

    it('should show attainment = won revenue / the WON_REVENUE goal, rounded to 4 decimals, and none without a goal', async () => {
      const targets = ['3000.00', '450.00'];
      for (const [rep, target] of targets.entries()) {
        const set = await t.gql(
          'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
          { input: { repId: reps[rep].id, period: '2017-03', metric: 'WON_REVENUE', target } },
          admin,
        );
        expect(set.errors).toBeUndefined();
      }
      const { start, end, row } = await board('2017-03');
      for (const [rep, target] of targets.entries()) {
        expect(row(rep)?.attainment).toBe(round(wonMinor(of(rep), start, end) / (Number(target) * 100), 4));
      }
      // By hand: 30,001 / 45,000 = 0.66669 shows as 0.6667 (half up), here and on the goals page alike.
      expect(row(1)?.attainment).toBe(0.6667);
      expect(row(2)?.attainment).toBeNull();
    });
  });

  it("should show a goal's actual and attainment from the deals won in its period (attainment rounded half up to 4 decimals, as on the board)", async () => {
    const set = await t.gql<{ setGoal: { actual: string; attainment: number } }>(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { actual attainment } }',
      { input: { repId: reps[1].id, period: '2017-03', metric: 'WON_REVENUE', target: '450.00' } },
      admin,
    );
    const won = wonMinor(of(1), '2017-03-01', '2017-04-01');
    expect(set.data?.setGoal.actual).toBe((won / 100).toFixed(2));
    expect(set.data?.setGoal.attainment).toBe(round(won / 45_000, 4));
    expect(set.data?.setGoal.attainment).toBe(0.6667); // 30,001 / 45,000 = 0.66669: the board's figure too
    const count = await t.gql<{ setGoal: { actual: string; attainment: number } }>(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { actual attainment } }',
      { input: { repId: reps[0].id, period: '2017-03', metric: 'DEALS_WON', target: '4' } },
      admin,
    );
    const dealsWon = of(0).filter(
      (deal) => KIND[deal.stage] === 'WON' && closedIn(deal, '2017-03-01', '2017-04-01'),
    ).length;
    expect(count.data?.setGoal).toEqual({ actual: String(dealsWon), attainment: dealsWon / 4 });
  });

  it("should give a team the win rate and attainment of its members' deals closed in the period", async () => {
    const set = await t.gql(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
      { input: { teamId, period: '2017-03', metric: 'WON_REVENUE', target: '5300.00' } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    const result = await t.gql<{
      teamPerformance: {
        teamId: string;
        dealsWon: number;
        dealsLost: number;
        winRate: number | null;
        attainment: number | null;
      }[];
    }>('{ teamPerformance(period: "2017-03") { teamId dealsWon dealsLost winRate attainment } }', {}, admin);
    const row = result.data?.teamPerformance.find((r) => r.teamId === teamId);
    const expectedRate = winRate(DEALS, '2017-03-01', '2017-04-01') as number;
    expect(row?.winRate).toBe(round(expectedRate, 4));
    expect(row?.winRate).toBe(0.7143); // 5 / 7 by hand
    const won = wonMinor(DEALS, '2017-03-01', '2017-04-01');
    expect(row?.attainment).toBe(round(won / 530_000, 4));
    expect(row?.attainment).toBe(0.7171); // 380,051 / 530,000 = 0.717077, half up to 4 decimals
  });

  it("should measure how evenly a team's leads were shared from the deals engaged in the period", async () => {
    const result = await t.gql<{
      repComparison: {
        fairness: {
          teamName: string;
          reps: number;
          leads: number;
          leadsGini: number | null;
          valueGini: number | null;
        }[];
      };
    }>(
      '{ repComparison(period: "2017-03") { fairness { teamName reps leads leadsGini valueGini } } }',
      {},
      admin,
    );
    const fairness = result.data?.repComparison.fairness.find((f) => f.teamName === "Melvin Marxen's team");
    const engaged = (rep: number) =>
      rep < 3
        ? of(rep).filter(
            (deal) => deal.engage !== null && deal.engage >= '2017-03-01' && deal.engage < '2017-04-01',
          )
        : [];
    const leads = team.map((_rep, index) => engaged(index).length);
    const values = team.map((_rep, index) =>
      engaged(index).reduce((sum, deal) => sum + (deal.minor ?? 0), 0),
    );
    expect(fairness?.reps).toBe(team.length);
    expect(fairness?.leads).toBe(leads.reduce((a, b) => a + b, 0));
    expect(fairness?.leadsGini).toBe(round(giniByPairs(leads), 3));
    expect(fairness?.valueGini).toBe(round(giniByPairs(values), 3));
  });
});
