import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const BOARD = `query($period: String!, $rankBy: PerformanceKpi, $teamId: ID) {
  leaderboard(period: $period, rankBy: $rankBy, teamId: $teamId) {
    period { key start end }
    rows { rank repName teamName dealsWon dealsLost winRate salesCycleDays openDeals
           wonRevenue { amount } avgDealSize { amount } openPipeline { amount } weightedPipeline { amount } }
  }
}`;

interface Board {
  leaderboard: {
    period: { key: string; start: string; end: string };
    rows: {
      rank: number;
      repName: string;
      teamName: string;
      dealsWon: number;
      dealsLost: number;
      winRate: number | null;
      wonRevenue: { amount: string };
      avgDealSize: { amount: string } | null;
      openDeals: number;
    }[];
  };
}

describe('performance: leaderboards on the real data set', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  async function wonInSql(repName: string, from: string, to: string): Promise<string> {
    const rows: { won: string | null }[] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN rep r ON r.id = d.rep_id JOIN sales_stage s ON s.id = d.stage_id
        WHERE r.name = $1 AND s.kind = 'WON' AND d.close_date >= $2 AND d.close_date < $3`,
      [repName, from, to],
    );
    return (BigInt(rows[0].won ?? '0') / 100n).toString() + '.00';
  }

  it('should rank Darcel Schlecht first for FY2017 with 1,153,214 won, and show reps without deals as zero', async () => {
    const result = await t.gql<Board>(BOARD, { period: 'FY2017' }, admin);
    const board = result.data?.leaderboard;
    expect(board?.period).toEqual({ key: 'FY2017', start: '2017-01-01', end: '2018-01-01' });
    expect(board?.rows).toHaveLength(35);
    expect(board?.rows[0]).toMatchObject({
      rank: 1,
      repName: 'Darcel Schlecht',
      wonRevenue: { amount: '1153214.00' },
    });
    const idle =
      board?.rows.filter((row) => row.dealsWon === 0 && row.dealsLost === 0 && row.openDeals === 0) ?? [];
    expect(idle).toHaveLength(5);
    expect(
      idle.every(
        (row) => row.winRate === null && row.avgDealSize === null && row.wonRevenue.amount === '0.00',
      ),
    ).toBe(true);
  });

  it('should agree with a direct SQL sum for a quarter', async () => {
    const result = await t.gql<Board>(BOARD, { period: 'FY2017-Q3' }, admin);
    const rows = result.data?.leaderboard.rows ?? [];
    for (const row of rows.slice(0, 5)) {
      expect(row.wonRevenue.amount).toBe(await wonInSql(row.repName, '2017-07-01', '2017-10-01'));
    }
    const amounts = rows.map((row) => Number(row.wonRevenue.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('should rank by win rate when asked, with the rate between 0 and 1', async () => {
    const result = await t.gql<Board>(BOARD, { period: 'FY2017', rankBy: 'WIN_RATE' }, admin);
    const rates = (result.data?.leaderboard.rows ?? [])
      .map((row) => row.winRate)
      .filter((rate): rate is number => rate !== null);
    expect(rates.length).toBe(30);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rates.every((rate) => rate > 0 && rate < 1)).toBe(true);
  });

  it("should show a manager their team's reps only and a rep only themselves", async () => {
    const manager = await t.login('melvin.marxen@salesops.demo');
    const managed = await t.gql<Board>(BOARD, { period: 'FY2017' }, manager);
    expect(managed.data?.leaderboard.rows).toHaveLength(6);
    const rep = await t.login('anna.snelling@salesops.demo');
    const own = await t.gql<Board>(BOARD, { period: 'FY2017' }, rep);
    expect(own.data?.leaderboard.rows.map((row) => row.repName)).toEqual(['Anna Snelling']);
  });

  it('should count a rep who moved mid-period for each team only for the days in it', async () => {
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    const [cara] = await t.dataSource.query("SELECT id FROM team WHERE name = 'Cara Losch''s team'");
    const [melvin] = await t.dataSource.query("SELECT id FROM team WHERE name = 'Melvin Marxen''s team'");
    await t.dataSource.query("UPDATE rep_team_membership SET valid_to = '2017-07-01' WHERE rep_id = $1", [
      darcel.id,
    ]);
    await t.dataSource.query(
      "INSERT INTO rep_team_membership (id, rep_id, team_id, valid_from) VALUES (gen_random_uuid(), $1, $2, '2017-07-01')",
      [darcel.id, cara.id],
    );
    const inCara = await t.gql<Board>(BOARD, { period: 'FY2017', teamId: cara.id }, admin);
    const inMelvin = await t.gql<Board>(BOARD, { period: 'FY2017', teamId: melvin.id }, admin);
    const row = (board: Board | null | undefined) =>
      board?.leaderboard.rows.find((r) => r.repName === 'Darcel Schlecht');
    expect(row(inCara.data)?.wonRevenue.amount).toBe(
      await wonInSql('Darcel Schlecht', '2017-07-01', '2018-01-01'),
    );
    expect(row(inMelvin.data)?.wonRevenue.amount).toBe(
      await wonInSql('Darcel Schlecht', '2017-01-01', '2017-07-01'),
    );
    const total =
      BigInt(row(inCara.data)?.wonRevenue.amount.replace('.00', '') ?? '0') +
      BigInt(row(inMelvin.data)?.wonRevenue.amount.replace('.00', '') ?? '0');
    expect(total).toBe(1153214n);
  });

  it('should flag Darcel Schlecht as a high outlier in his team and measure how evenly leads were shared', async () => {
    const result = await t.gql<{
      repComparison: {
        rows: {
          performance: { repName: string };
          leads: number;
          outliers: { kpi: string; direction: string; reason: string }[];
        }[];
        fairness: { teamName: string; reps: number; leads: number; leadsGini: number | null }[];
      };
    }>(
      `{ repComparison(period: "FY2017") {
          rows { performance { repName } leads outliers { kpi direction zScore reason } }
          fairness { teamName reps leads leadsGini valueGini } } }`,
      {},
      admin,
    );
    const comparison = result.data?.repComparison;
    const darcel = comparison?.rows.find((row) => row.performance.repName === 'Darcel Schlecht');
    expect(darcel?.outliers).toContainEqual(
      expect.objectContaining({ kpi: 'won revenue', direction: 'HIGH' }),
    );
    expect(darcel?.outliers.find((o) => o.kpi === 'won revenue')?.reason).toMatch(
      /^won revenue 1,153,214 is (\d+\.\d|more than 10) robust deviations above the .* median/,
    );
    // The same as data, so a client can word it in its own language.
    const structured = await t.gql<{
      repComparison: {
        rows: {
          performance: { repName: string };
          outliers: { kpi: string; value: number; teamMedian: number; teamSize: number; reason: string }[];
        }[];
      };
    }>(
      '{ repComparison(period: "FY2017") { rows { performance { repName } outliers { kpi value teamMedian teamSize reason } } } }',
      {},
      admin,
    );
    const won = structured.data?.repComparison.rows
      .find((row) => row.performance.repName === 'Darcel Schlecht')
      ?.outliers.find((o) => o.kpi === 'won revenue');
    expect(won?.value).toBe(1153214);
    expect(won?.reason).toContain(
      `median (${won?.teamMedian.toLocaleString('en-US', { maximumFractionDigits: 0 })}, ${won?.teamSize} reps)`,
    );
    const [{ engaged }] = await t.dataSource.query(
      "SELECT count(*) AS engaged FROM deal WHERE engage_date >= '2017-01-01' AND engage_date < '2018-01-01'",
    );
    expect(comparison?.fairness.reduce((sum, team) => sum + team.leads, 0)).toBe(Number(engaged));
    expect(comparison?.fairness).toHaveLength(6);
    for (const team of comparison?.fairness ?? []) {
      expect(team.leadsGini).not.toBeNull();
      expect(team.leadsGini as number).toBeGreaterThanOrEqual(0);
      expect(team.leadsGini as number).toBeLessThan(1);
    }
    const sideBySide = await t.gql<{ repComparison: { rows: unknown[] } }>(
      'query($ids: [ID!]) { repComparison(period: "FY2017", repIds: $ids) { rows { performance { repName } } } }',
      {
        ids: (
          await t.dataSource.query("SELECT id FROM rep WHERE name IN ('Darcel Schlecht', 'Anna Snelling')")
        ).map((r: { id: string }) => r.id),
      },
      admin,
    );
    expect(sideBySide.data?.repComparison.rows).toHaveLength(2);
  });

  it('should judge no rep on too little in any 2017 quarter, and still find the top rep high on won revenue', async () => {
    type Row = {
      performance: { repName: string; dealsWon: number; dealsLost: number; wonRevenue: { amount: string } };
      leads: number;
      outliers: { kpi: string; direction: string; zScore: number; closedDeals: number | null }[];
      notJudged: { kpi: string; reason: string; closedDeals: number; needed: number }[];
    };
    for (const quarter of ['FY2017-Q1', 'FY2017-Q2', 'FY2017-Q3', 'FY2017-Q4']) {
      const result = await t.gql<{ repComparison: { rows: Row[] } }>(
        `query($p: String!) { repComparison(period: $p) { rows { performance { repName dealsWon dealsLost wonRevenue { amount } } leads
           outliers { kpi direction zScore closedDeals } notJudged { kpi reason closedDeals needed } } } }`,
        { p: quarter },
        admin,
      );
      expect(result.errors).toBeUndefined();
      const rows = result.data?.repComparison.rows ?? [];
      for (const row of rows) {
        const closed = row.performance.dealsWon + row.performance.dealsLost;
        // A rep with nothing engaged or closed is not an outlier on anything: it says so instead.
        if (closed === 0 && row.leads === 0) {
          expect([row.performance.repName, row.outliers]).toEqual([row.performance.repName, []]);
          expect(row.notJudged.map((n) => n.reason)).toEqual(['NO_ACTIVITY', 'NO_ACTIVITY', 'NO_ACTIVITY']);
        }
        // No win rate is judged on fewer than 5 closed deals.
        if (closed < 5) expect(row.outliers.filter((o) => o.kpi === 'win rate')).toEqual([]);
        for (const outlier of row.outliers) expect(Math.abs(outlier.zScore)).toBeLessThanOrEqual(10);
      }
      const idle = rows.filter(
        (row) => row.performance.dealsWon + row.performance.dealsLost === 0 && row.leads === 0,
      );
      expect(idle.length).toBeGreaterThanOrEqual(5); // the five demo reps without a deal
      const top = [...rows].sort(
        (a, b) => Number(b.performance.wonRevenue.amount) - Number(a.performance.wonRevenue.amount),
      )[0];
      expect([quarter, top.performance.repName, top.outliers]).toEqual([
        quarter,
        top.performance.repName,
        expect.arrayContaining([expect.objectContaining({ kpi: 'won revenue', direction: 'HIGH' })]),
      ]);
    }
  });

  it("should count a quarter's funnel as the book stood at its end, deals closed later still open then", async () => {
    const query =
      '{ repComparison(period: "FY2017-Q1") { rows { performance { repName } funnel { leads qualified won lost } } } }';
    type Rows = {
      repComparison: {
        rows: {
          performance: { repName: string };
          funnel: { leads: number; qualified: number; won: number; lost: number };
        }[];
      };
    };
    const result = await t.gql<Rows>(query, {}, admin);
    expect(result.errors).toBeUndefined();
    const darcel = result.data?.repComparison.rows.find(
      (row) => row.performance.repName === 'Darcel Schlecht',
    );
    // By hand from the rows: the book on 2017-04-01 is every deal engaged before it (or not engaged yet).
    const deals: { engage_date: string | null; close_date: string | null; kind: string }[] =
      await t.dataSource.query(
        `SELECT d.engage_date::text, d.close_date::text, s.kind FROM deal d JOIN rep r ON r.id = d.rep_id JOIN sales_stage s ON s.id = d.stage_id
        WHERE r.name = 'Darcel Schlecht'`,
      );
    const end = '2017-04-01';
    const book = deals.filter((d) => d.engage_date === null || d.engage_date < end);
    const closedBy = (d: (typeof deals)[number]) =>
      d.kind !== 'OPEN' && d.close_date !== null && d.close_date < end;
    const openThen = book.filter((d) => !closedBy(d));
    expect(openThen.some((d) => d.kind !== 'OPEN')).toBe(true); // deals that closed later: the case at stake
    expect(darcel?.funnel).toEqual({
      leads: book.length,
      qualified: book.filter((d) => d.engage_date !== null || closedBy(d)).length,
      won: book.filter((d) => closedBy(d) && d.kind === 'WON').length,
      lost: book.filter((d) => closedBy(d) && d.kind === 'LOST').length,
    });
  });

  it('should find the funnel step where a rep falls behind the team, and flag many leads but few qualified', async () => {
    const query = `{ repComparison(period: "FY2017") { rows { performance { repName } funnel { leads qualified qualificationRate weakestStep weakestStepReason } flags } } }`;
    type Rows = {
      repComparison: {
        rows: {
          performance: { repName: string };
          funnel: {
            leads: number;
            qualified: number;
            weakestStep: string | null;
            weakestStepReason: string | null;
          };
          flags: string[];
        }[];
      };
    };
    const before = await t.gql<Rows>(query, {}, admin);
    const marty = before.data?.repComparison.rows.find(
      (row) => row.performance.repName === 'Marty Freudenburg',
    );
    expect(marty?.funnel).toMatchObject({
      weakestStep: 'QUALIFYING',
      weakestStepReason: expect.stringMatching(/^Qualifies \d+% of leads against a team median of \d+%$/),
    });
    const annaBefore = before.data?.repComparison.rows.find(
      (row) => row.performance.repName === 'Anna Snelling',
    );
    expect(annaBefore?.flags.some((flag) => flag.startsWith('Many leads'))).toBe(false);

    // Anna is handed 400 leads that nobody qualifies.
    const deals = Array.from({ length: 400 }, (_, i) => ({
      externalId: `RAW-${i}`,
      stage: 'Prospecting',
      repEmail: 'anna.snelling@salesops.demo',
    }));
    const upsert = await t.gql(
      'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted } }',
      { input: { deals } },
      admin,
    );
    expect(upsert.data).toEqual({ upsertDeals: { inserted: 400 } });
    const after = await t.gql<Rows>(query, {}, admin);
    const anna = after.data?.repComparison.rows.find((row) => row.performance.repName === 'Anna Snelling');
    expect(anna?.funnel.leads).toBe((annaBefore?.funnel.leads ?? 0) + 400);
    expect(anna?.flags).toContainEqual(
      expect.stringMatching(/^Many leads but few qualified: \d+ leads \(team median \d+\), \d+% qualified/),
    );
    // The flag and the weakest step as data, matching the words.
    const data = await t.gql<{
      repComparison: {
        rows: {
          performance: { repName: string };
          flags: string[];
          signals: Record<string, unknown>[];
          funnel: {
            qualificationRate: number;
            teamQualificationRate: number;
            weakestStepReason: string | null;
          };
        }[];
      };
    }>(
      '{ repComparison(period: "FY2017") { rows { performance { repName } flags signals { kind deals leads teamLeads rate teamRate threshold } funnel { qualificationRate teamQualificationRate weakestStepReason } } } }',
      {},
      admin,
    );
    const annaData = data.data?.repComparison.rows.find((row) => row.performance.repName === 'Anna Snelling');
    const signal = annaData?.signals.find((s) => s['kind'] === 'MANY_LEADS_FEW_QUALIFIED');
    expect(signal).toMatchObject({
      leads: anna?.funnel.leads,
      rate: annaData?.funnel.qualificationRate,
      teamRate: annaData?.funnel.teamQualificationRate,
      deals: null,
    });
    expect(annaData?.flags[annaData.signals.indexOf(signal as Record<string, unknown>)]).toContain(
      `${anna?.funnel.leads} leads (team median ${signal?.['teamLeads']})`,
    );
    expect(annaData?.signals).toHaveLength(annaData?.flags.length ?? -1);
    expect(annaData?.funnel.weakestStepReason).toContain(
      `team median of ${Math.round((annaData?.funnel.teamQualificationRate ?? 0) * 100)}%`,
    );
  });

  it("should count each time a deal's expected close date moves later, and flag a rep with deals pushed out repeatedly", async () => {
    const UPSERT =
      'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated unchanged } }';
    const query =
      '{ repComparison(period: "FY2017") { rows { performance { repName } funnel { pushedDeals } flags signals { kind deals threshold } } } }';
    type Rows = {
      repComparison: {
        rows: {
          performance: { repName: string };
          funnel: { pushedDeals: number };
          flags: string[];
          signals: { kind: string; deals: number | null; threshold: number | null }[];
        }[];
      };
    };
    const boris = async () =>
      (await t.gql<Rows>(query, {}, admin)).data?.repComparison.rows.find(
        (row) => row.performance.repName === 'Boris Faz',
      );
    expect((await boris())?.funnel.pushedDeals).toBe(0);
    const send = (expectedCloseDate: string | null) =>
      t.gql(
        UPSERT,
        {
          input: {
            deals: [
              {
                externalId: 'PUSH-1',
                stage: 'Engaging',
                repEmail: 'boris.faz@salesops.demo',
                engageDate: '2017-05-02',
                expectedCloseDate,
              },
            ],
          },
        },
        admin,
      );
    // Later, earlier (not a push), later, later again, cleared (not a push), and the same file again.
    for (const date of ['2017-06-30', '2017-07-31', '2017-07-15', '2017-09-30', null, null]) {
      expect((await send(date)).errors).toBeUndefined();
    }
    const [deal] = await t.dataSource.query(
      "SELECT close_date_pushes FROM deal WHERE external_id = 'PUSH-1'",
    );
    expect(deal.close_date_pushes).toBe(2);
    const listed = await t.gql<{ deals: { edges: { node: { closeDatePushes: number } }[] } }>(
      '{ deals(filter: { search: "PUSH-1" }) { edges { node { closeDatePushes } } } }',
      {},
      admin,
    );
    expect(listed.data?.deals.edges.map((edge) => edge.node.closeDatePushes)).toEqual([2]);
    const after = await boris();
    expect(after?.funnel.pushedDeals).toBe(1);
    expect(after?.flags).toContain('1 open deal has had the expected close date pushed out 2 or more times');
    expect(after?.signals).toContainEqual({ kind: 'PUSHED_DEALS', deals: 1, threshold: 2 });
  });

  it('should refuse a period key that is not one, naming the argument', async () => {
    const result = await t.gql(BOARD, { period: 'Q3-2017' }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it("should measure how far a team's leads fell from its reps' routing weights", async () => {
    type Fairness = {
      repComparison: {
        rows: { performance: { repId: string; teamName: string }; leads: number }[];
        fairness: { teamName: string; weightGap: number | null; weighted: boolean }[];
      };
    };
    const read = async () =>
      (
        await t.gql<Fairness>(
          '{ repComparison(period: "FY2017") { rows { performance { repId teamName } leads } fairness { teamName weightGap weighted } } }',
          {},
          admin,
        )
      ).data?.repComparison;
    /** Half the summed differences between each rep's share of the team's leads and their share of its weight. */
    const expectedGap = (
      comparison: Fairness['repComparison'] | undefined,
      team: string,
      weightOf: (repId: string) => number,
    ) => {
      const rows = comparison?.rows.filter((row) => row.performance.teamName === team) ?? [];
      const leads = rows.reduce((sum, row) => sum + row.leads, 0);
      const weight = rows.reduce((sum, row) => sum + weightOf(row.performance.repId), 0);
      return (
        rows.reduce(
          (sum, row) => sum + Math.abs(row.leads / leads - weightOf(row.performance.repId) / weight),
          0,
        ) / 2
      );
    };
    const [{ id: darcelId }]: { id: string }[] = await t.dataSource.query(
      "SELECT id FROM rep WHERE name = 'Darcel Schlecht'",
    );
    const before = await read();
    const team = before?.rows.find((row) => row.performance.repId === darcelId)?.performance
      .teamName as string;

    // Without rules every rep weighs 1: the gap is how far the team's shares are from even.
    const even = before;
    const evenTeam = even?.fairness.find((row) => row.teamName === team);
    expect(evenTeam?.weighted).toBe(false);
    expect(evenTeam?.weightGap).toBeCloseTo(
      expectedGap(even, team, () => 1),
      3,
    );

    // Weighted 3, Darcel is meant to get three times a colleague's share: the gap is measured against that.
    await t.gql(
      'mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }',
      { input: { repId: darcelId, weight: 3, capacityPerMonth: null } },
      admin,
    );
    try {
      const weighted = await read();
      const weightedTeam = weighted?.fairness.find((row) => row.teamName === team);
      expect(weightedTeam?.weighted).toBe(true);
      expect(weightedTeam?.weightGap).toBeCloseTo(
        expectedGap(weighted, team, (repId) => (repId === darcelId ? 3 : 1)),
        3,
      );
      expect(weightedTeam?.weightGap).not.toBeCloseTo(evenTeam?.weightGap ?? 0, 3);
    } finally {
      await t.dataSource.query('DELETE FROM routing_rule WHERE rep_id = $1', [darcelId]);
    }
  });
  it('should judge and measure two teams of the same name apart, by id', async () => {
    // Names are unique among siblings only: a manager's team in another region may carry the same name.
    const teams: { id: string; name: string; parent_id: string }[] = await t.dataSource.query(
      'SELECT id, name, parent_id FROM team WHERE parent_id IS NOT NULL ORDER BY name',
    );
    const [a, b] = [
      teams[0],
      teams.find((team) => team.parent_id !== teams[0].parent_id) as { id: string; name: string },
    ];
    await t.dataSource.query('UPDATE team SET name = $1 WHERE id = $2', [a.name, b.id]);
    try {
      type Comparison = {
        repComparison: {
          rows: { performance: { teamId: string; teamName: string } }[];
          fairness: { teamId: string; teamName: string; reps: number; leads: number }[];
        };
      };
      const result = await t.gql<Comparison>(
        '{ repComparison(period: "FY2017") { rows { performance { teamId teamName } } fairness { teamId teamName reps leads } } }',
        {},
        admin,
      );
      expect(result.errors).toBeUndefined();
      const fairness = result.data?.repComparison.fairness ?? [];
      expect(fairness).toHaveLength(teams.length);
      const same = fairness.filter((team) => team.teamName === a.name);
      expect(same.map((team) => team.teamId).sort()).toEqual([a.id, b.id].sort());
      for (const team of same) {
        const [{ reps }] = await t.dataSource.query(
          'SELECT count(*)::int AS reps FROM rep WHERE team_id = $1',
          [team.teamId],
        );
        expect(team.reps).toBe(reps);
        const [{ leads }] = await t.dataSource.query(
          "SELECT count(*)::int AS leads FROM deal d JOIN rep r ON r.id = d.rep_id WHERE r.team_id = $1 AND d.engage_date >= '2017-01-01' AND d.engage_date < '2018-01-01'",
          [team.teamId],
        );
        expect(team.leads).toBe(leads);
      }
      expect(new Set(result.data?.repComparison.rows.map((row) => row.performance.teamId))).toEqual(
        new Set(fairness.map((team) => team.teamId)),
      );
    } finally {
      await t.dataSource.query('UPDATE team SET name = $1 WHERE id = $2', [b.name, b.id]);
    }
  });
});
