import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const TEAMS = `query($period: String!) {
  teamPerformance(period: $period) {
    teamId name parentId reps dealsWon dealsLost winRate openDeals attainment pipelineCoverage
    wonRevenue { amount minor } openPipeline { minor } weightedPipeline { minor } wonRevenueTarget { amount }
  }
}`;
const CONVERSION = `query($period: String!, $teamId: ID, $repId: ID) {
  stageConversion(period: $period, teamId: $teamId, repId: $repId) {
    deals won lost steps { stageName position entered advanced conversionRate lostHere openHere }
  }
}`;

interface TeamRow {
  teamId: string;
  name: string;
  parentId: string | null;
  reps: number;
  dealsWon: number;
  dealsLost: number;
  winRate: number | null;
  openDeals: number;
  attainment: number | null;
  pipelineCoverage: number | null;
  wonRevenue: { amount: string; minor: string };
  openPipeline: { minor: string };
  weightedPipeline: { minor: string };
  wonRevenueTarget: { amount: string } | null;
}

describe('dashboard: teams for a period and stage conversion on the real data set', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  async function teams(period: string, token = admin): Promise<Map<string, TeamRow>> {
    const result = await t.gql<{ teamPerformance: TeamRow[] }>(TEAMS, { period }, token);
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.teamPerformance ?? []).map((row) => [row.name, row]));
  }

  async function wonInSql(from: string, to: string, teamName?: string): Promise<bigint> {
    const [row]: { won: string | null }[] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN rep r ON r.id = d.rep_id JOIN team tm ON tm.id = r.team_id
         JOIN sales_stage s ON s.id = d.stage_id
        WHERE s.kind = 'WON' AND d.close_date >= $1 AND d.close_date < $2 AND ($3::text IS NULL OR tm.name = $3)`,
      [from, to, teamName ?? null],
    );
    return BigInt(row.won ?? '0');
  }

  it('should roll every team up into its region and the regions into the whole, matching the deals', async () => {
    const rows = await teams('FY2017');
    expect(rows.size).toBe(9);
    const regions = [...rows.values()].filter((row) => row.parentId === null);
    expect(regions.map((row) => row.name).sort()).toEqual(['Central', 'East', 'West']);
    const total = regions.reduce((sum, row) => sum + BigInt(row.wonRevenue.minor), 0n);
    expect(total).toBe(await wonInSql('2017-01-01', '2018-01-01'));
    expect(regions.reduce((sum, row) => sum + row.reps, 0)).toBe(35);
    for (const region of regions) {
      const children = [...rows.values()].filter((row) => row.parentId === region.teamId);
      expect(children.length).toBeGreaterThan(0);
      expect(children.reduce((sum, row) => sum + BigInt(row.wonRevenue.minor), 0n)).toBe(
        BigInt(region.wonRevenue.minor),
      );
      expect(children.reduce((sum, row) => sum + BigInt(row.openPipeline.minor), 0n)).toBe(
        BigInt(region.openPipeline.minor),
      );
      expect(children.reduce((sum, row) => sum + row.dealsWon, 0)).toBe(region.dealsWon);
    }
    const melvin = rows.get("Melvin Marxen's team") as TeamRow;
    expect(BigInt(melvin.wonRevenue.minor)).toBe(
      await wonInSql('2017-01-01', '2018-01-01', "Melvin Marxen's team"),
    );
    expect(melvin.winRate).toBeCloseTo(melvin.dealsWon / (melvin.dealsWon + melvin.dealsLost), 4);
    expect(melvin.attainment).toBeNull();
  });

  it("should measure a team's goal, and cover what remains of it with open pipeline", async () => {
    const before = (await teams('FY2017-Q3')).get("Melvin Marxen's team") as TeamRow;
    const won = BigInt(before.wonRevenue.minor);
    const target = (won / 100n) * 2n; // twice what was won, in whole dollars
    const set = await t.gql(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { actual } }',
      {
        input: {
          teamId: before.teamId,
          period: 'FY2017-Q3',
          metric: 'WON_REVENUE',
          target: target.toString(),
        },
      },
      admin,
    );
    expect(set.data).toEqual({ setGoal: { actual: before.wonRevenue.amount } });
    const after = (await teams('FY2017-Q3')).get("Melvin Marxen's team") as TeamRow;
    expect(after.wonRevenueTarget).toEqual({ amount: `${target}.00` });
    expect(after.attainment).toBeCloseTo(Number(won) / Number(target * 100n), 4);
    const remaining = target * 100n - won;
    expect(after.pipelineCoverage).toBe(Number((BigInt(after.openPipeline.minor) * 100n) / remaining) / 100);
  });

  it('should give each rep the coverage of what remains of their goal, and none once it is met', async () => {
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    const set = (target: string) =>
      t.gql(
        'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
        { input: { repId: darcel.id, period: 'FY2017-Q4', metric: 'WON_REVENUE', target } },
        admin,
      );
    const row = async () => {
      const result = await t.gql<{
        leaderboard: {
          rows: {
            repName: string;
            pipelineCoverage: number | null;
            wonRevenue: { minor: string };
            openPipeline: { minor: string };
          }[];
        };
      }>(
        '{ leaderboard(period: "FY2017-Q4") { rows { repName pipelineCoverage wonRevenue { minor } openPipeline { minor } } } }',
        {},
        admin,
      );
      return result.data?.leaderboard.rows.find((r) => r.repName === 'Darcel Schlecht');
    };
    await set('1000000');
    const open = await row();
    const remaining = 100_000_000n - BigInt(open?.wonRevenue.minor ?? '0');
    expect(open?.pipelineCoverage).toBe(
      Number((BigInt(open?.openPipeline.minor ?? '0') * 100n) / remaining) / 100,
    );
    await set('1');
    expect((await row())?.pipelineCoverage).toBeNull();
  });

  it('should count a rep who moved team mid-quarter for each team for the days they were in it, like the team goal does', async () => {
    const [darcel] = await t.dataSource.query("SELECT id, team_id FROM rep WHERE name = 'Darcel Schlecht'");
    const [other] = await t.dataSource.query("SELECT id FROM team WHERE name = 'Cara Losch''s team'");
    const [membership] = await t.dataSource.query(
      'SELECT id, valid_from FROM rep_team_membership WHERE rep_id = $1',
      [darcel.id],
    );
    const before = await teams('FY2017-Q3');
    const [split]: { won: string }[] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN sales_stage s ON s.id = d.stage_id
        WHERE d.rep_id = $1 AND s.kind = 'WON' AND d.close_date >= '2017-08-15' AND d.close_date < '2017-10-01'`,
      [darcel.id],
    );
    const funnelDeals = async (teamId: string) =>
      (
        await t.gql<{ stageConversion: { deals: number } }>(
          CONVERSION,
          { period: 'FY2017-Q3', teamId },
          admin,
        )
      ).data?.stageConversion.deals ?? 0;
    const funnelBefore = { newTeam: await funnelDeals(other.id), oldTeam: await funnelDeals(darcel.team_id) };
    // Darcel moves to Cara Losch's team on 2017-08-15 (written as history, as moveRep would).
    await t.dataSource.transaction(async (manager) => {
      await manager.query("UPDATE rep_team_membership SET valid_to = '2017-08-15' WHERE id = $1", [
        membership.id,
      ]);
      await manager.query(
        "INSERT INTO rep_team_membership (id, rep_id, team_id, valid_from) VALUES (gen_random_uuid(), $1, $2, '2017-08-15')",
        [darcel.id, other.id],
      );
    });
    try {
      const after = await teams('FY2017-Q3');
      const moved = BigInt(split.won);
      expect(moved).toBeGreaterThan(0n);
      const oldTeam = [...before.values()].find((row) => row.teamId === darcel.team_id) as TeamRow;
      expect(BigInt(after.get(oldTeam.name)?.wonRevenue.minor ?? '0')).toBe(
        BigInt(oldTeam.wonRevenue.minor) - moved,
      );
      expect(BigInt(after.get("Cara Losch's team")?.wonRevenue.minor ?? '0')).toBe(
        BigInt(before.get("Cara Losch's team")?.wonRevenue.minor ?? '0') + moved,
      );
      expect(after.get("Cara Losch's team")?.reps).toBe((before.get("Cara Losch's team")?.reps ?? 0) + 1);
      // The team goal's actual is computed from deals directly: both must agree.
      const goal = await t.gql<{ setGoal: { actual: string } }>(
        'mutation($input: SetGoalInput!) { setGoal(input: $input) { actual } }',
        { input: { teamId: other.id, period: 'FY2017-Q3', metric: 'WON_REVENUE', target: '1' } },
        admin,
      );
      expect(goal.data?.setGoal.actual).toBe(after.get("Cara Losch's team")?.wonRevenue.amount);
      // The teams' funnels move the same deals: those Darcel engaged (or holds unengaged) from the 15th on.
      const [{ n: movedDeals }]: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM deal WHERE rep_id = $1
            AND (engage_date IS NULL OR engage_date < '2017-10-01') AND coalesce(engage_date, '2017-09-30') >= '2017-08-15'`,
        [darcel.id],
      );
      expect(movedDeals).toBeGreaterThan(0);
      expect(await funnelDeals(other.id)).toBe(funnelBefore.newTeam + movedDeals);
      expect(await funnelDeals(darcel.team_id)).toBe(funnelBefore.oldTeam - movedDeals);
    } finally {
      await t.dataSource.transaction(async (manager) => {
        await manager.query(
          "DELETE FROM rep_team_membership WHERE rep_id = $1 AND valid_from = '2017-08-15'",
          [darcel.id],
        );
        await manager.query('UPDATE rep_team_membership SET valid_to = NULL WHERE id = $1', [membership.id]);
      });
    }
  });

  it('should keep answers only until the data under them changes, whoever writes it', async () => {
    const BOARD =
      '{ leaderboard(period: "FY2017", first: 3) { rows { repName weightedPipeline { minor } wonRevenueTarget { minor } } } }';
    type Board = {
      leaderboard: {
        rows: {
          repName: string;
          weightedPipeline: { minor: string };
          wonRevenueTarget: { minor: string } | null;
        }[];
      };
    };
    const board = async () => (await t.gql<Board>(BOARD, {}, admin)).data?.leaderboard.rows[0];
    const versionOf = async () => (await t.dataSource.query('SELECT version FROM data_version'))[0].version;
    const first = await board();
    expect(await board()).toEqual(first);
    const version = await versionOf();
    // Plain SQL, as another process or a psql session would write: the triggers still move the version.
    await t.dataSource.query(
      "UPDATE rep SET name = 'Darcel Schlecht-Renamed' WHERE name = 'Darcel Schlecht'",
    );
    expect(BigInt(await versionOf())).toBeGreaterThan(BigInt(version));
    expect((await board())?.repName).toBe('Darcel Schlecht-Renamed');
    await t.dataSource.query(
      "UPDATE rep SET name = 'Darcel Schlecht' WHERE name = 'Darcel Schlecht-Renamed'",
    );
    await t.dataSource.query(
      "UPDATE sales_stage SET win_probability = win_probability + 10 WHERE name = 'Engaging'",
    );
    const weighted = await board();
    expect(weighted?.repName).toBe('Darcel Schlecht');
    expect(BigInt(weighted?.weightedPipeline.minor ?? '0')).toBeGreaterThan(
      BigInt(first?.weightedPipeline.minor ?? '0'),
    );
    await t.dataSource.query(
      "UPDATE sales_stage SET win_probability = win_probability - 10 WHERE name = 'Engaging'",
    );
    await t.dataSource.query(
      `INSERT INTO goal (id, rep_id, period_key, period_start, period_end, metric, target, currency)
       SELECT gen_random_uuid(), id, 'FY2017', '2017-01-01', '2018-01-01', 'WON_REVENUE', 123400, 'USD' FROM rep WHERE name = 'Darcel Schlecht'`,
    );
    expect((await board())?.wonRevenueTarget).toEqual({ minor: '123400' });
    const teamsBefore = await teams('FY2017');
    await t.dataSource.query("UPDATE team SET name = 'Central Region' WHERE name = 'Central'");
    expect((await teams('FY2017')).get('Central Region')?.wonRevenue).toEqual(
      teamsBefore.get('Central')?.wonRevenue,
    );
    await t.dataSource.query("UPDATE team SET name = 'Central' WHERE name = 'Central Region'");
  });

  it('should move the data version once per writing transaction, however many statements it runs', async () => {
    const versionOf = async () =>
      BigInt((await t.dataSource.query('SELECT version FROM data_version'))[0].version);
    const before = await versionOf();
    await t.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 3; i++)
        await manager.query("UPDATE rep SET name = name || '' WHERE name = 'Darcel Schlecht'");
      await manager.query("UPDATE sales_stage SET win_probability = win_probability WHERE name = 'Engaging'");
    });
    expect(await versionOf()).toBe(before + 1n);
    await t.dataSource.query("UPDATE rep SET name = name || '' WHERE name = 'Darcel Schlecht'");
    await t.dataSource.query("UPDATE rep SET name = name || '' WHERE name = 'Darcel Schlecht'");
    expect(await versionOf()).toBe(before + 3n);
  });

  it('should show a manager only their subtree, and refuse reps', async () => {
    const manager = await t.login('melvin.marxen@salesops.demo', 'demo-pass');
    const rows = await teams('FY2017', manager);
    expect([...rows.keys()]).toEqual(["Melvin Marxen's team"]);
    expect(rows.get("Melvin Marxen's team")?.parentId).toBeNull();
    const rep = await t.login('darcel.schlecht@salesops.demo', 'demo-pass');
    const refused = await t.gql(TEAMS, { period: 'FY2017' }, rep);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should refuse a malformed period naming the field', async () => {
    const result = await t.gql(TEAMS, { period: 'FY17' }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('should show the demo funnel: 500 leads still prospecting, 8,300 engaged, 4,238 won', async () => {
    const result = await t.gql<{
      stageConversion: { deals: number; won: number; lost: number; steps: Record<string, unknown>[] };
    }>(CONVERSION, { period: 'FY2017' }, admin);
    expect(result.data?.stageConversion).toEqual({
      deals: 8800,
      won: 4238,
      lost: 2473,
      steps: [
        {
          stageName: 'Prospecting',
          position: 1,
          entered: 8800,
          advanced: 8300,
          conversionRate: 0.9432,
          lostHere: 0,
          openHere: 500,
        },
        {
          stageName: 'Engaging',
          position: 2,
          entered: 8300,
          advanced: 4238,
          conversionRate: 0.5106,
          lostHere: 2473,
          openHere: 1589,
        },
      ],
    });
  });

  it("should count a quarter's funnel as the book stood at its end: a deal closed since was still open then", async () => {
    const end = '2017-04-01';
    const rows: { kind: string; engaged: boolean; closed_later: boolean; closed_before: boolean }[] =
      await t.dataSource.query(
        `SELECT s.kind, d.engage_date IS NOT NULL AS engaged, d.close_date >= $1::date AS closed_later,
              (d.close_date IS NULL OR d.close_date < $1::date) AS closed_before
         FROM deal d JOIN sales_stage s ON s.id = d.stage_id
        WHERE d.rep_id IS NOT NULL AND (d.engage_date IS NULL OR d.engage_date < $1::date)`,
        [end],
      );
    // Where each deal stood then, computed here from the raw rows (the demo deals have no stage history).
    const then = rows.map((row) => ({
      engaged: row.engaged,
      kind: row.kind !== 'OPEN' && row.closed_before ? row.kind : 'OPEN',
    }));
    expect(rows.filter((row) => row.kind !== 'OPEN' && row.closed_later).length).toBeGreaterThan(100);
    const count = (test: (deal: (typeof then)[number]) => boolean) => then.filter(test).length;
    const pastFirst = count((d) => d.engaged || d.kind === 'WON');
    const won = count((d) => d.kind === 'WON');
    const result = await t.gql<{ stageConversion: unknown }>(CONVERSION, { period: 'FY2017-Q1' }, admin);
    expect(result.data?.stageConversion).toEqual({
      deals: then.length,
      won,
      lost: count((d) => d.kind === 'LOST'),
      steps: [
        {
          stageName: 'Prospecting',
          position: 1,
          entered: then.length,
          advanced: pastFirst,
          conversionRate: Math.round((pastFirst / then.length) * 10_000) / 10_000,
          lostHere: count((d) => d.kind === 'LOST' && !d.engaged),
          openHere: count((d) => d.kind === 'OPEN' && !d.engaged),
        },
        {
          stageName: 'Engaging',
          position: 2,
          entered: pastFirst,
          advanced: won,
          conversionRate: Math.round((won / pastFirst) * 10_000) / 10_000,
          lostHere: count((d) => d.kind === 'LOST' && d.engaged),
          openHere: count((d) => d.kind === 'OPEN' && d.engaged),
        },
      ],
    });
  });

  it("should read a deal's history: a lead lost after engaging counts as lost at Engaging even without an engage date", async () => {
    const UPSERT = 'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated } }';
    const deal = (stage: string) => ({
      externalId: 'HIST-0001',
      stage,
      repEmail: 'darcel.schlecht@salesops.demo',
      product: 'GTX Basic',
    });
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    type Steps = { stageConversion: { lost: number; steps: { stageName: string; lostHere: number }[] } };
    const lostAt = (result: { data?: Steps | null }, name: string) =>
      result.data?.stageConversion.steps.find((step) => step.stageName === name)?.lostHere ?? 0;
    const before = await t.gql<Steps>(CONVERSION, { period: 'FY2017', repId: darcel.id }, admin);
    for (const stage of ['Prospecting', 'Engaging', 'Lost']) {
      const written = await t.gql(UPSERT, { input: { deals: [deal(stage)] } }, admin);
      expect(written.errors).toBeUndefined();
    }
    const [history] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM deal_stage_change h JOIN deal d ON d.id = h.deal_id WHERE d.external_id = 'HIST-0001'",
    );
    expect(history.n).toBe(3);
    // An undated deal belongs to every book (like the data set's prospecting leads).
    const after = await t.gql<Steps>(CONVERSION, { period: 'FY2017', repId: darcel.id }, admin);
    expect(after.data?.stageConversion.lost).toBe((before.data?.stageConversion.lost ?? 0) + 1);
    expect(lostAt(after, 'Engaging')).toBe(lostAt(before, 'Engaging') + 1);
    expect(lostAt(after, 'Prospecting')).toBe(lostAt(before, 'Prospecting'));
  });

  it("should place a lead open at the period's end where it stood then, not where later history took it", async () => {
    const UPSERT = 'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated } }';
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    type Steps = { stageConversion: { steps: { stageName: string; openHere: number }[] } };
    const openAt = async (period: string) => {
      const result = await t.gql<Steps>(CONVERSION, { period, repId: darcel.id }, admin);
      expect(result.errors).toBeUndefined();
      const steps = result.data?.stageConversion.steps ?? [];
      return Object.fromEntries(steps.map((step) => [step.stageName, step.openHere]));
    };
    const thisYear = `FY${new Date().getUTCFullYear()}`;
    const before = { q1: await openAt('FY2017-Q1'), now: await openAt(thisYear) };
    // An undated lead, moved from Prospecting to Engaging today: both changes are dated today.
    for (const stage of ['Prospecting', 'Engaging']) {
      const written = await t.gql(
        UPSERT,
        {
          input: {
            deals: [
              {
                externalId: 'LATE-0001',
                stage,
                repEmail: 'darcel.schlecht@salesops.demo',
                product: 'GTX Basic',
              },
            ],
          },
        },
        admin,
      );
      expect(written.errors).toBeUndefined();
    }
    expect(await openAt('FY2017-Q1')).toEqual({ ...before.q1, Prospecting: before.q1['Prospecting'] + 1 });
    expect(await openAt(thisYear)).toEqual({ ...before.now, Engaging: before.now['Engaging'] + 1 });
  });

  it('should give a rep only their own funnel', async () => {
    const rep = await t.login('darcel.schlecht@salesops.demo', 'demo-pass');
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    const [other] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Moses Frase'");
    const own = await t.gql<{ stageConversion: { deals: number } }>(CONVERSION, { period: 'FY2017' }, rep);
    const [count] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM deal WHERE rep_id = $1 AND (close_date IS NULL OR close_date < '2018-01-01')",
      [darcel.id],
    );
    expect(own.data?.stageConversion.deals).toBe(count.n);
    const refused = await t.gql(CONVERSION, { period: 'FY2017', repId: other.id }, rep);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
