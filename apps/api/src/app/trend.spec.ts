import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const TREND = `query($period: String!, $grain: TrendGrain, $repId: ID, $teamId: ID) {
  performanceTrend(period: $period, grain: $grain, repId: $repId, teamId: $teamId) {
    subject { kind id name } grain periodTarget { minor }
    points { period { key start end } wonRevenue { minor } dealsWon dealsLost winRate newPipeline { minor } openDeals openPipeline { minor }
             wonRevenueTarget { minor } attainment }
  }
}`;

interface Point {
  period: { key: string; start: string; end: string };
  wonRevenue: { minor: string };
  dealsWon: number;
  dealsLost: number;
  winRate: number | null;
  newPipeline: { minor: string };
  openDeals: number;
  openPipeline: { minor: string };
  wonRevenueTarget: { minor: string } | null;
  attainment: number | null;
}
interface Trend {
  performanceTrend: {
    subject: { kind: string; id: string | null; name: string };
    grain: string;
    periodTarget: { minor: string } | null;
    points: Point[];
  };
}
interface DealRow {
  rep_id: string;
  kind: 'OPEN' | 'WON' | 'LOST';
  engage_date: string | null;
  close_date: string | null;
  amount_minor: string | null;
  list_price_minor: string | null;
}

describe('performanceTrend: figures month by month, recomputed from the rows', () => {
  let t: TestApp;
  let admin: string;
  let deals: DealRow[];

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    deals = await t.dataSource.query(
      `SELECT d.rep_id, s.kind, d.engage_date::text, d.close_date::text, d.amount_minor::text, p.list_price_minor::text
         FROM deal d JOIN sales_stage s ON s.id = d.stage_id LEFT JOIN product p ON p.id = d.product_id WHERE d.rep_id IS NOT NULL`,
    );
  });

  afterAll(() => t.stop());

  /** The figures by their written definitions (docs/metrics.md), from the raw rows in TypeScript. */
  function expected(rows: DealRow[], start: string, end: string) {
    const closed = rows.filter(
      (d) => d.kind !== 'OPEN' && d.close_date !== null && d.close_date >= start && d.close_date < end,
    );
    const won = closed.filter((d) => d.kind === 'WON');
    const openThen = rows.filter(
      (d) =>
        d.engage_date !== null &&
        d.engage_date < end &&
        (d.kind === 'OPEN' || (d.close_date !== null && d.close_date >= end)),
    );
    const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n).toString();
    return {
      wonRevenue: { minor: sum(won.map((d) => BigInt(d.amount_minor ?? '0'))) },
      dealsWon: won.length,
      dealsLost: closed.length - won.length,
      newPipeline: {
        minor: sum(
          rows
            .filter((d) => d.engage_date !== null && d.engage_date >= start && d.engage_date < end)
            .map((d) => BigInt(d.amount_minor ?? d.list_price_minor ?? '0')),
        ),
      },
      openDeals: openThen.length,
      openPipeline: {
        minor: sum(
          openThen.map((d) =>
            BigInt((d.kind === 'OPEN' ? d.amount_minor : null) ?? d.list_price_minor ?? '0'),
          ),
        ),
      },
    };
  }

  it("should give a rep's twelve months as the rows say, with each month's goal and attainment", async () => {
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    await t.dataSource.query(
      `INSERT INTO goal (id, rep_id, period_key, period_start, period_end, metric, target, currency)
       VALUES (gen_random_uuid(), $1, '2017-03', '2017-03-01', '2017-04-01', 'WON_REVENUE', 9000000, 'USD'),
              (gen_random_uuid(), $1, 'FY2017', '2017-01-01', '2018-01-01', 'WON_REVENUE', 100000000, 'USD')`,
      [darcel.id],
    );
    const result = await t.gql<Trend>(TREND, { period: 'FY2017', repId: darcel.id }, admin);
    expect(result.errors).toBeUndefined();
    const trend = result.data?.performanceTrend;
    expect(trend?.subject).toEqual({ kind: 'REP', id: darcel.id, name: 'Darcel Schlecht' });
    expect(trend?.periodTarget).toEqual({ minor: '100000000' });
    expect(trend?.points.map((p) => p.period.key)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2017-${m}`),
    );
    const own = deals.filter((d) => d.rep_id === darcel.id);
    for (const point of trend?.points ?? []) {
      expect({ key: point.period.key, ...point }).toMatchObject({
        key: point.period.key,
        ...expected(own, point.period.start, point.period.end),
      });
      const closed = point.dealsWon + point.dealsLost;
      expect(point.winRate).toBe(
        closed === 0 ? null : Math.round((point.dealsWon / closed) * 10_000) / 10_000,
      );
    }
    const march = trend?.points[2] as Point;
    expect(march.wonRevenueTarget).toEqual({ minor: '9000000' });
    expect(march.attainment).toBe(Math.round((Number(march.wonRevenue.minor) / 9_000_000) * 10_000) / 10_000);
    expect(trend?.points.filter((p) => p.wonRevenueTarget !== null)).toHaveLength(1);
    expect(trend?.points.reduce((total, p) => total + BigInt(p.wonRevenue.minor), 0n)).toBe(115321400n); // the FY2017 leaderboard's 1,153,214
    expect(trend?.points.some((p) => p.openDeals > 0 && p.dealsLost > 0)).toBe(true);
  });

  it("should count a team's deals by who was in it on each deal's date, and the company's every owned deal", async () => {
    const [team] = await t.dataSource.query("SELECT id FROM team WHERE name = 'Melvin Marxen''s team'");
    const memberships: { rep_id: string; valid_from: string; valid_to: string | null }[] =
      await t.dataSource.query(
        'SELECT rep_id, valid_from::text, valid_to::text FROM rep_team_membership WHERE team_id = $1',
        [team.id],
      );
    const inTeamOn = (d: DealRow, day: string | null) =>
      day !== null &&
      memberships.some(
        (m) => m.rep_id === d.rep_id && day >= m.valid_from && (m.valid_to === null || day < m.valid_to),
      );
    const result = await t.gql<Trend>(TREND, { period: 'FY2017-Q2', teamId: team.id }, admin);
    expect(result.errors).toBeUndefined();
    for (const point of result.data?.performanceTrend.points ?? []) {
      const { start, end } = point.period;
      const lastDay = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const closedFigures = expected(
        deals.filter((d) => inTeamOn(d, d.close_date)),
        start,
        end,
      );
      const engagedFigures = expected(
        deals.filter((d) => inTeamOn(d, d.engage_date)),
        start,
        end,
      );
      const openFigures = expected(
        deals.filter((d) => inTeamOn(d, lastDay)),
        start,
        end,
      );
      expect(point).toMatchObject({
        wonRevenue: closedFigures.wonRevenue,
        dealsWon: closedFigures.dealsWon,
        dealsLost: closedFigures.dealsLost,
        newPipeline: engagedFigures.newPipeline,
        openDeals: openFigures.openDeals,
        openPipeline: openFigures.openPipeline,
      });
    }
    const company = await t.gql<Trend>(TREND, { period: 'FY2017', grain: 'WEEK' }, admin);
    expect(company.errors).toBeUndefined();
    const weeks = company.data?.performanceTrend.points ?? [];
    expect(company.data?.performanceTrend.subject).toEqual({ kind: 'COMPANY', id: null, name: 'Company' });
    expect(weeks[0].period).toEqual({ key: '2016-W52', start: '2016-12-26', end: '2017-01-02' });
    for (const week of [weeks[0], weeks[10], weeks[30], weeks.at(-1) as Point]) {
      expect(week).toMatchObject(expected(deals, week.period.start, week.period.end));
    }
  });

  it('should keep each caller to what they may see', async () => {
    const [anna] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Anna Snelling'");
    const [darcel] = await t.dataSource.query("SELECT id, team_id FROM rep WHERE name = 'Darcel Schlecht'");
    const rep = await t.login('anna.snelling@salesops.demo');
    const own = await t.gql<Trend>(TREND, { period: 'FY2017-Q1' }, rep);
    expect(own.data?.performanceTrend.subject).toMatchObject({ kind: 'REP', id: anna.id });
    expect(
      (await t.gql(TREND, { period: 'FY2017', repId: darcel.id }, rep)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await t.gql(TREND, { period: 'FY2017', teamId: darcel.team_id }, rep)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    const manager = await t.login('melvin.marxen@salesops.demo');
    expect((await t.gql(TREND, { period: 'FY2017' }, manager)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'teamId',
    });
    const [other] = await t.dataSource.query("SELECT id FROM team WHERE name = 'Cara Losch''s team'");
    expect(
      (await t.gql(TREND, { period: 'FY2017', teamId: other.id }, manager)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await t.gql(TREND, { period: 'FY2017', teamId: darcel.team_id }, manager)).errors,
    ).toBeUndefined();
    expect(
      (await t.gql(TREND, { period: '2017-W09', grain: 'MONTH' }, admin)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grain' });
    expect(
      (await t.gql(TREND, { period: 'FY2017', repId: anna.id, teamId: darcel.team_id }, admin)).errors?.[0]
        ?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'teamId',
    });
  });
});
