import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

// The leaderboard reads rollups kept by triggers. This is the same board computed straight from the
// deals, the way it was before the rollups: the two must agree after any sequence of writes.
const REFERENCE = `
  WITH closed AS (
    SELECT d.rep_id, s.kind, coalesce(d.amount_minor, 0) AS amount_minor, CASE WHEN cardinality(d.warnings) = 0 THEN d.close_date - d.engage_date END AS cycle_days
      FROM deal d JOIN sales_stage s ON s.id = d.stage_id
      LEFT JOIN rep_team_membership m ON $3::uuid[] IS NOT NULL AND m.rep_id = d.rep_id AND m.team_id = ANY($3)
           AND d.close_date >= m.valid_from AND (m.valid_to IS NULL OR d.close_date < m.valid_to)
     WHERE s.kind IN ('WON', 'LOST') AND d.close_date >= $1 AND d.close_date < $2 AND ($3::uuid[] IS NULL OR m.id IS NOT NULL)
  ),
  open AS (
    SELECT d.rep_id, count(*) AS open_deals, sum(coalesce(d.amount_minor, p.list_price_minor, 0)) AS open_minor,
           round(sum(coalesce(d.amount_minor, p.list_price_minor, 0) * s.win_probability) / 100) AS weighted_minor
      FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'OPEN' LEFT JOIN product p ON p.id = d.product_id
     WHERE d.rep_id IS NOT NULL GROUP BY d.rep_id
  )
  SELECT r.name,
         coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'WON'), 0)::text AS won_minor,
         count(c.kind) FILTER (WHERE c.kind = 'WON')::int AS deals_won,
         count(c.kind) FILTER (WHERE c.kind = 'LOST')::int AS deals_lost,
         round(avg(c.cycle_days) FILTER (WHERE c.kind = 'WON'), 1)::float AS cycle_days,
         coalesce(o.open_deals, 0)::int AS open_deals, coalesce(o.open_minor, 0)::text AS open_minor,
         coalesce(o.weighted_minor, 0)::text AS weighted_minor
    FROM rep r LEFT JOIN closed c ON c.rep_id = r.id LEFT JOIN open o ON o.rep_id = r.id
   WHERE $3::uuid[] IS NULL OR EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = r.id AND m.team_id = ANY($3)
           AND m.valid_from < $2 AND (m.valid_to IS NULL OR m.valid_to > $1))
   GROUP BY r.name, o.open_deals, o.open_minor, o.weighted_minor
   ORDER BY r.name`;

const BOARD = `query($period: String!, $teamId: ID) { leaderboard(period: $period, teamId: $teamId, first: 500) {
  period { start end }
  rows { repName dealsWon dealsLost salesCycleDays openDeals wonRevenue { minor } openPipeline { minor } weightedPipeline { minor } } } }`;

type BoardRow = {
  repName: string;
  dealsWon: number;
  dealsLost: number;
  salesCycleDays: number | null;
  openDeals: number;
  wonRevenue: { minor: string };
  openPipeline: { minor: string };
  weightedPipeline: { minor: string };
};

describe('performance rollups', () => {
  let t: TestApp;
  let admin: string;
  let melvinTeam: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    melvinTeam = (await t.dataSource.query("SELECT id FROM team WHERE name = 'Melvin Marxen''s team'"))[0].id;
  });

  afterAll(() => t.stop());

  async function expectBoardToMatchDeals(period: string, teamId?: string): Promise<void> {
    const result = await t.gql<{ leaderboard: { period: { start: string; end: string }; rows: BoardRow[] } }>(
      BOARD,
      { period, teamId },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const { start, end } = result.data?.leaderboard.period ?? { start: '', end: '' };
    const reference: Record<string, unknown>[] = await t.dataSource.query(REFERENCE, [
      start,
      end,
      teamId ? await subtree(teamId) : null,
    ]);
    const actual = [...(result.data?.leaderboard.rows ?? [])]
      .sort((a, b) => a.repName.localeCompare(b.repName))
      .map((row) => ({
        name: row.repName,
        won_minor: row.wonRevenue.minor,
        deals_won: row.dealsWon,
        deals_lost: row.dealsLost,
        cycle_days: row.salesCycleDays,
        open_deals: row.openDeals,
        open_minor: row.openPipeline.minor,
        weighted_minor: row.weightedPipeline.minor,
      }));
    expect(actual).toEqual([...reference].sort((a, b) => String(a['name']).localeCompare(String(b['name']))));
  }

  async function subtree(teamId: string): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      'WITH RECURSIVE tree AS (SELECT id FROM team WHERE id = $1 UNION SELECT t.id FROM team t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree',
      [teamId],
    );
    return rows.map((row) => row.id);
  }

  const periods = ['FY2017', 'FY2017-Q3', '2017-03', '2017-W09', '2017-W40'];

  it('should agree with the deals themselves after the demo import', async () => {
    for (const period of periods) await expectBoardToMatchDeals(period);
    await expectBoardToMatchDeals('FY2017', melvinTeam);
  });

  it('should still agree after deals change stage, amount, rep and close date, and after a mid-period move', async () => {
    const deals: {
      external_id: string;
      email: string;
      product: string;
      stage: string;
      engage: string | null;
    }[] = await t.dataSource.query(
      `SELECT d.external_id, r.email, p.name AS product, s.name AS stage, to_char(d.engage_date, 'YYYY-MM-DD') AS engage
         FROM deal d JOIN rep r ON r.id = d.rep_id JOIN product p ON p.id = d.product_id JOIN sales_stage s ON s.id = d.stage_id
        ORDER BY d.external_id LIMIT 300`,
    );
    const changed = deals.map((d, i) => {
      // Early enough that every close date below comes after it.
      const engage = d.engage && d.engage < '2017-01-10' ? d.engage : '2017-01-10';
      switch (i % 4) {
        case 0: // an open deal closes won, a closed one is reopened
          return d.stage === 'Engaging' || d.stage === 'Prospecting'
            ? {
                externalId: d.external_id,
                stage: 'Won',
                repEmail: d.email,
                product: d.product,
                engageDate: engage,
                closeDate: '2017-09-15',
                amount: '1234.56',
              }
            : {
                externalId: d.external_id,
                stage: 'Engaging',
                repEmail: d.email,
                product: d.product,
                engageDate: engage,
              };
        case 1: // handed to another rep
          return {
            externalId: d.external_id,
            stage: d.stage,
            repEmail: 'anna.snelling@salesops.demo',
            product: d.product,
            engageDate: engage,
            closeDate: d.stage === 'Won' || d.stage === 'Lost' ? '2017-07-01' : null,
            amount: d.stage === 'Won' ? '999' : d.stage === 'Lost' ? '0' : null,
          };
        case 2: // lost
          return {
            externalId: d.external_id,
            stage: 'Lost',
            repEmail: d.email,
            product: d.product,
            engageDate: engage,
            closeDate: '2017-03-02',
            amount: '0',
          };
        default: // new deal
          return {
            externalId: `NEW-${d.external_id}`,
            stage: 'Engaging',
            repEmail: d.email,
            product: d.product,
            engageDate: '2017-05-05',
          };
      }
    });
    const result = await t.gql(
      'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated } }',
      { input: { deals: changed } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    await t.dataSource.query("UPDATE rep_team_membership SET valid_to = '2017-07-01' WHERE rep_id = $1", [
      darcel.id,
    ]);
    await t.dataSource.query(
      "INSERT INTO rep_team_membership (id, rep_id, team_id, valid_from) SELECT gen_random_uuid(), $1, id, '2017-07-01' FROM team WHERE name = 'Cara Losch''s team'",
      [darcel.id],
    );
    for (const period of periods) await expectBoardToMatchDeals(period);
    await expectBoardToMatchDeals('FY2017', melvinTeam);
    await expectBoardToMatchDeals('FY2017-Q3', melvinTeam);
  });

  it('should hold exactly what a rebuild from the deals would hold', async () => {
    const maintained = await t.dataSource.query(
      'SELECT rep_id, day, won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage FROM rep_day_close WHERE deals_won <> 0 OR deals_lost <> 0 ORDER BY rep_id, day',
    );
    const rebuilt = await t.dataSource.query(
      `SELECT d.rep_id, d.close_date AS day, sum(CASE WHEN s.kind = 'WON' THEN coalesce(d.amount_minor, 0) ELSE 0 END) AS won_minor,
              count(*) FILTER (WHERE s.kind = 'WON')::int AS deals_won, count(*) FILTER (WHERE s.kind = 'LOST')::int AS deals_lost,
              coalesce(sum(d.close_date - d.engage_date) FILTER (WHERE s.kind = 'WON'), 0) AS won_cycle_days,
              count(d.engage_date) FILTER (WHERE s.kind = 'WON')::int AS won_with_engage
         FROM deal d JOIN sales_stage s ON s.id = d.stage_id
        WHERE d.rep_id IS NOT NULL AND s.kind IN ('WON', 'LOST') AND d.close_date IS NOT NULL
        GROUP BY d.rep_id, d.close_date ORDER BY d.rep_id, d.close_date`,
    );
    expect(maintained).toEqual(rebuilt);
  });
});
