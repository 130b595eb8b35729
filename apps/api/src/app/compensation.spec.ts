import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const LINE_FIELDS =
  'key kind measureKey label metric scope teamName actual target attainment tier rate prorationDays periodDays formula amountMinor amount plan fromDate toDate reason disputeId';
const STATEMENT = `query($repId: ID!, $period: String!) { payoutStatement(repId: $repId, period: $period) {
  repId repName period status currency totalMinor total plans frozenAt openDisputes lines { ${LINE_FIELDS} } } }`;
const CLOSE = 'mutation($period: String!) { closePayPeriod(input: { period: $period }) { status } }';

interface Line {
  key: string;
  kind: string;
  measureKey: string | null;
  scope: string | null;
  actual: string | null;
  target: string | null;
  attainment: string | null;
  tier: string;
  formula: string;
  amountMinor: string;
  amount: string;
  prorationDays: number;
  periodDays: number;
  reason: string | null;
  disputeId: string | null;
}
interface Statement {
  repId: string;
  status: string;
  currency: string;
  totalMinor: string;
  total: string;
  plans: string[];
  frozenAt: string | null;
  openDisputes: number;
  lines: Line[];
}

/** 75% on the rep's own won revenue, 25% on the team's: nothing under 50%, 1x to 100%, 2x above, capped at 200%. */
const RULES = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  measures: [
    {
      key: 'own',
      label: 'Own won revenue',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0.75',
      curve: {
        kind: 'TIERED',
        threshold: '0.5',
        tiers: [
          { upTo: '1', rate: '1' },
          { upTo: null, rate: '2' },
        ],
        cap: '2',
      },
    },
    {
      key: 'team',
      label: 'Team won revenue',
      metric: 'WON_REVENUE',
      scope: 'TEAM',
      weight: '0.25',
      curve: {
        kind: 'TIERED',
        threshold: '0.5',
        tiers: [
          { upTo: '1', rate: '1' },
          { upTo: null, rate: '2' },
        ],
        cap: '2',
      },
    },
  ],
};

/** The payout fraction of that curve, as an exact fraction num/den of attainment actual/target. */
function curve(actual: bigint, target: bigint): [bigint, bigint] {
  if (actual * 2n < target) return [0n, 1n];
  if (actual <= target) return [actual, target];
  const doubled: [bigint, bigint] = [2n * actual - target, target];
  return doubled[0] > 2n * target ? [2n, 1n] : doubled;
}

/** amount × num/den, rounded half-up to the cent. */
const halfUp = (num: bigint, den: bigint) => (2n * num + den) / (2n * den);

describe('Compensation plans, statements and disputes (issue 13)', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let darcelToken: string;
  let zaneToken: string;
  let darcel: string;
  let zane: string;
  let team: string;
  let versionId: string;
  let contentHash: string;

  const statement = async (repId: string, period: string, token = admin) => {
    const result = await t.gql<{ payoutStatement: Statement | null }>(STATEMENT, { repId, period }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.payoutStatement as Statement;
  };

  /** What was won by close date in [from, to): by the rep, or by everyone in the team on the deal's date. */
  const won = async (from: string, to: string, who: { rep?: string; team?: string }): Promise<bigint> => {
    const [{ sum }] = await t.dataSource.query(
      `SELECT coalesce(sum(d.amount_minor), 0)::text AS sum FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
        WHERE d.close_date >= $1 AND d.close_date < $2
          AND (d.rep_id = $3 OR EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = d.rep_id AND m.team_id = $4
                                          AND d.close_date >= m.valid_from AND (m.valid_to IS NULL OR d.close_date < m.valid_to)))`,
      [from, to, who.rep ?? null, who.team ?? null],
    );
    return BigInt(sum);
  };

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    manager = await t.login('melvin.marxen@salesops.demo');
    darcelToken = await t.login('darcel.schlecht@salesops.demo');
    zaneToken = await t.login('zane.levy@salesops.demo');
    [{ id: darcel }] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    [{ id: zane }] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Zane Levy'");
    [{ id: team }] = await t.dataSource.query("SELECT id FROM team WHERE name = 'Melvin Marxen''s team'");
    const goals = [
      { repId: darcel, period: 'FY2017-Q3', metric: 'WON_REVENUE', target: '250000.00' },
      { teamId: team, period: 'FY2017-Q3', metric: 'WON_REVENUE', target: '900000.00' },
      { repId: darcel, period: 'FY2017-Q4', metric: 'WON_REVENUE', target: '300000.00' },
    ];
    const set = await t.gql(
      'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }',
      { input: { goals } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    const created = await t.gql<{ createCompPlan: { id: string } }>(
      'mutation($input: CreateCompPlanInput!) { createCompPlan(input: $input) { id } }',
      {
        input: {
          name: 'AE quarterly',
          content: {
            payFrequency: 'QUARTER',
            effectiveFrom: '2017-01-01',
            document: '# AE plan\n\n75% on your own revenue, 25% on the team.',
            rules: RULES,
          },
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    versionId = created.data?.createCompPlan.id as string;
    const published = await t.gql<{ publishPlanVersion: { status: string; contentHash: string } }>(
      'mutation($id: ID!) { publishPlanVersion(input: { versionId: $id }) { status contentHash } }',
      { id: versionId },
      admin,
    );
    expect(published.data?.publishPlanVersion.status).toBe('PUBLISHED');
    contentHash = published.data?.publishPlanVersion.contentHash as string;
    const assigned = await t.gql<{ assignPlan: unknown[] }>(
      'mutation($input: AssignPlanInput!) { assignPlan(input: $input) { repName } }',
      { input: { planVersionId: versionId, teamId: team, validFrom: '2017-01-01' } },
      admin,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignPlan.length).toBeGreaterThanOrEqual(6);
  });

  afterAll(() => t.stop());

  it('should pay each line as a rep would compute it by hand, and total exactly the sum of the lines', async () => {
    const live = await statement(darcel, 'FY2017-Q3');
    expect(live).toMatchObject({
      status: 'LIVE',
      currency: 'USD',
      plans: ['AE quarterly v1'],
      frozenAt: null,
    });
    const own = live.lines.find((l) => l.measureKey === 'own') as Line;
    const teamLine = live.lines.find((l) => l.measureKey === 'team') as Line;
    const ownWon = await won('2017-07-01', '2017-10-01', { rep: darcel });
    const teamWon = await won('2017-07-01', '2017-10-01', { team });
    expect(own.actual).toBe((Number(ownWon) / 100).toFixed(2));
    expect(own.target).toBe('250000.00');
    expect(teamLine.actual).toBe((Number(teamWon) / 100).toFixed(2));
    // 10,000.00 × weight × curve(attainment), rounded half-up once.
    const [ownNum, ownDen] = curve(ownWon, 25_000_000n);
    const [teamNum, teamDen] = curve(teamWon, 90_000_000n);
    expect(own.amountMinor).toBe(halfUp(750_000n * ownNum, ownDen).toString());
    expect(teamLine.amountMinor).toBe(halfUp(250_000n * teamNum, teamDen).toString());
    expect(own).toMatchObject({ kind: 'MEASURE', scope: 'REP', prorationDays: 92, periodDays: 92 });
    expect(own.formula).toContain('10,000.00');
    expect(BigInt(live.totalMinor)).toBe(live.lines.reduce((sum, l) => sum + BigInt(l.amountMinor), 0n));
    expect(live.total).toBe((Number(live.totalMinor) / 100).toFixed(2));
  });

  it('should list the deals behind a line, adding up to its actual', async () => {
    const live = await statement(darcel, 'FY2017-Q3');
    const own = live.lines.find((l) => l.measureKey === 'own') as Line;
    const deals = await t.gql<{ payoutLineDeals: { amount: string; closeDate: string; repName: string }[] }>(
      'query($repId: ID!, $key: String!) { payoutLineDeals(repId: $repId, period: "FY2017-Q3", lineKey: $key) { amount closeDate repName } }',
      { repId: darcel, key: own.key },
      darcelToken,
    );
    expect(deals.errors).toBeUndefined();
    const rows = deals.data?.payoutLineDeals ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (d) => d.repName === 'Darcel Schlecht' && d.closeDate >= '2017-07-01' && d.closeDate < '2017-10-01',
      ),
    ).toBe(true);
    const sum = rows.reduce((s, d) => s + BigInt(d.amount.replace('.', '')), 0n);
    expect((Number(sum) / 100).toFixed(2)).toBe(own.actual);
  });

  it('should keep a statement only until a write changes the deals or goals under it', async () => {
    const before = await statement(darcel, 'FY2017-Q3');
    const own = () => before.lines.find((l) => l.measureKey === 'own') as Line;
    const [deal] = await t.dataSource.query(
      `SELECT d.id, d.amount_minor::text AS amount FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
        WHERE d.rep_id = $1 AND d.close_date >= '2017-07-01' AND d.close_date < '2017-10-01' ORDER BY d.id LIMIT 1`,
      [darcel],
    );
    try {
      // A CRM sync writes the deal table directly: the kept statement must not outlive it.
      await t.dataSource.query('UPDATE deal SET amount_minor = amount_minor + 123456 WHERE id = $1', [
        deal.id,
      ]);
      const afterDeal = (await statement(darcel, 'FY2017-Q3')).lines.find(
        (l) => l.measureKey === 'own',
      ) as Line;
      expect(
        BigInt(afterDeal.actual?.replace('.', '') ?? '0') - BigInt(own().actual?.replace('.', '') ?? '0'),
      ).toBe(123456n);
      await t.dataSource.query(
        "UPDATE goal SET target = 20000000 WHERE rep_id = $1 AND period_key = 'FY2017-Q3' AND metric = 'WON_REVENUE'",
        [darcel],
      );
      const afterGoal = (await statement(darcel, 'FY2017-Q3')).lines.find(
        (l) => l.measureKey === 'own',
      ) as Line;
      expect(afterGoal.target).toBe('200000.00');
    } finally {
      await t.dataSource.query('UPDATE deal SET amount_minor = $2 WHERE id = $1', [deal.id, deal.amount]);
      await t.dataSource.query(
        "UPDATE goal SET target = 25000000 WHERE rep_id = $1 AND period_key = 'FY2017-Q3' AND metric = 'WON_REVENUE'",
        [darcel],
      );
    }
    expect(await statement(darcel, 'FY2017-Q3')).toEqual(before);
  });

  it("should show a rep only their own statement: another rep's id answers NOT_FOUND, for a manager outside the team too", async () => {
    expect((await statement(darcel, 'FY2017-Q3', darcelToken)).repId).toBe(darcel);
    const foreign = await t.gql(STATEMENT, { repId: zane, period: 'FY2017-Q3' }, darcelToken);
    expect(foreign.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const list = await t.gql<{ payoutStatements: { repName: string }[] }>(
      '{ payoutStatements(period: "FY2017-Q3") { repName } }',
      {},
      darcelToken,
    );
    expect(list.data?.payoutStatements.map((s) => s.repName)).toEqual(['Darcel Schlecht']);
    const managed = await t.gql<{ payoutStatements: { repName: string }[] }>(
      '{ payoutStatements(period: "FY2017-Q3") { repName } }',
      {},
      manager,
    );
    expect(managed.data?.payoutStatements.map((s) => s.repName)).toContain('Darcel Schlecht');
    expect(managed.data?.payoutStatements.map((s) => s.repName)).not.toContain('Zane Levy');
    // Zane is on no plan: his own statement is null, not an error.
    expect(
      (await t.gql<{ payoutStatement: null }>(STATEMENT, { repId: zane, period: 'FY2017-Q3' }, zaneToken))
        .data?.payoutStatement,
    ).toBeNull();
    // A rep cannot write plans.
    const write = await t.gql(
      'mutation($id: ID!) { retirePlanVersion(input: { versionId: $id }) { id } }',
      { id: versionId },
      darcelToken,
    );
    expect(write.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should refuse a bad period, a bad id and a bad amount, naming the field', async () => {
    const badPeriod = await t.gql(STATEMENT, { repId: darcel, period: 'FY2017-Q5' }, admin);
    expect(badPeriod.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const week = await t.gql(STATEMENT, { repId: darcel, period: '2017-W09' }, admin);
    expect(week.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const badId = await t.gql(STATEMENT, { repId: 'nope', period: 'FY2017-Q3' }, admin);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'repId' });
    const ADJUST = 'mutation($input: AdjustPayoutInput!) { adjustPayout(input: $input) { totalMinor } }';
    for (const [amount, kind] of [
      ['abc', 'ADJUSTMENT'],
      ['0.00', 'ADJUSTMENT'],
      ['1.001', 'ADJUSTMENT'],
      ['50.00', 'CLAWBACK'],
    ]) {
      const refused = await t.gql(
        ADJUST,
        { input: { repId: darcel, period: 'FY2017-Q4', amount, kind, reason: 'x' } },
        admin,
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(refused.errors?.[0].extensions)).toContain('amount');
    }
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM payout_adjustment');
    expect(n).toBe(0);
  });

  it('should ask the rep to accept the exact version, refuse a stale one, and show ops who has not', async () => {
    const mine = await t.gql<{
      myPlans: { acceptedAt: string | null; version: { id: string; contentHash: string } }[];
    }>('{ myPlans { acceptedAt version { id contentHash } } }', {}, darcelToken);
    expect(mine.data?.myPlans).toEqual([{ acceptedAt: null, version: { id: versionId, contentHash } }]);
    const ACK = 'mutation($input: AcknowledgePlanInput!) { acknowledgePlan(input: $input) { acceptedAt } }';
    const stale = await t.gql(
      ACK,
      { input: { planVersionId: versionId, contentHash: 'a'.repeat(64) } },
      darcelToken,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'contentHash' });
    const accepted = await t.gql<{ acknowledgePlan: { acceptedAt: string } }>(
      ACK,
      { input: { planVersionId: versionId, contentHash } },
      darcelToken,
    );
    expect(accepted.data?.acknowledgePlan.acceptedAt).toEqual(expect.any(String));
    // Zane is not on the plan: the version does not exist for him.
    const foreign = await t.gql(ACK, { input: { planVersionId: versionId, contentHash } }, zaneToken);
    expect(foreign.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const tracker = await t.gql<{ planAssignments: { repName: string; acknowledgedAt: string | null }[] }>(
      'query($id: ID) { planAssignments(planVersionId: $id) { repName acknowledgedAt } }',
      { id: versionId },
      manager,
    );
    const rows = tracker.data?.planAssignments ?? [];
    expect(rows.find((r) => r.repName === 'Darcel Schlecht')?.acknowledgedAt).toEqual(expect.any(String));
    expect(rows.filter((r) => r.acknowledgedAt === null).length).toBe(rows.length - 1);
    const [event] = await t.dataSource.query(
      "SELECT summary FROM audit_event WHERE action = 'comp_plan.acknowledge'",
    );
    expect(event.summary).toBe('Darcel Schlecht accepted AE quarterly version 1');
  });

  it('should take a dispute on a line and land its answer as a linked adjustment on the next open statement', async () => {
    const q3 = await statement(darcel, 'FY2017-Q3', darcelToken);
    const own = q3.lines.find((l) => l.measureKey === 'own') as Line;
    const raised = await t.gql<{
      raisePayoutDispute: { id: string; status: string; lineAmount: string; currency: string };
    }>(
      'mutation($input: RaiseDisputeInput!) { raisePayoutDispute(input: $input) { id status lineAmount currency } }',
      { input: { period: 'FY2017-Q3', lineKey: own.key, note: 'A deal closed on 30 September is missing' } },
      darcelToken,
    );
    expect(raised.errors).toBeUndefined();
    expect(raised.data?.raisePayoutDispute).toMatchObject({
      status: 'OPEN',
      lineAmount: own.amount,
      currency: q3.currency,
    });
    expect((await statement(darcel, 'FY2017-Q3')).openDisputes).toBe(1);
    const RESOLVE =
      'mutation($input: ResolveDisputeInput!) { resolvePayoutDispute(input: $input) { status answer adjustmentId } }';
    const id = raised.data?.raisePayoutDispute.id;
    // A manager cannot answer; an answer with an adjustment needs its amount.
    expect(
      (await t.gql(RESOLVE, { input: { disputeId: id, decision: 'REJECT', answer: 'no' } }, manager))
        .errors?.[0].extensions?.['code'],
    ).toBe('FORBIDDEN');
    expect(
      (
        await t.gql(
          RESOLVE,
          { input: { disputeId: id, decision: 'ADJUST', answer: 'yes', period: 'FY2017-Q4' } },
          admin,
        )
      ).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const resolved = await t.gql<{ resolvePayoutDispute: { status: string; adjustmentId: string } }>(
      RESOLVE,
      {
        input: {
          disputeId: id,
          decision: 'ADJUST',
          answer: 'Deal 30 Sep added',
          amount: '120.50',
          period: 'FY2017-Q4',
        },
      },
      admin,
    );
    expect(resolved.data?.resolvePayoutDispute).toMatchObject({
      status: 'ADJUSTED',
      adjustmentId: expect.any(String),
    });
    const again = await t.gql(RESOLVE, { input: { disputeId: id, decision: 'REJECT', answer: 'no' } }, admin);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'disputeId' });
    const q4 = await statement(darcel, 'FY2017-Q4', darcelToken);
    const adjustment = q4.lines.find((l) => l.kind === 'ADJUSTMENT') as Line;
    expect(adjustment).toMatchObject({
      amount: '120.50',
      amountMinor: '12050',
      reason: 'Deal 30 Sep added',
      disputeId: id,
    });
    expect(BigInt(q4.totalMinor)).toBe(q4.lines.reduce((sum, l) => sum + BigInt(l.amountMinor), 0n));
  });

  it('should freeze statements when the quarter closes, and refuse every later change from the API and from plain SQL', async () => {
    const before = await statement(darcel, 'FY2017-Q3');
    expect((await t.gql(CLOSE, { period: 'FY2017-Q3' }, admin)).errors).toBeUndefined();
    const frozen = await statement(darcel, 'FY2017-Q3', darcelToken);
    expect(frozen).toMatchObject({
      status: 'FROZEN',
      totalMinor: before.totalMinor,
      frozenAt: expect.any(String),
    });
    expect(frozen.lines).toEqual(before.lines);
    const [event] = await t.dataSource.query(
      "SELECT summary_key FROM audit_event WHERE action = 'pay_period.close'",
    );
    expect(event.summary_key).toBe('pay_period.close.statements');
    // Deals changing later do not change a frozen statement.
    await t.dataSource.query(
      `UPDATE deal SET close_date = '2017-10-05' WHERE id = (SELECT d.id FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
      WHERE d.rep_id = $1 AND d.close_date >= '2017-07-01' AND d.close_date < '2017-10-01' ORDER BY d.id LIMIT 1)`,
      [darcel],
    );
    expect((await statement(darcel, 'FY2017-Q3')).totalMinor).toBe(before.totalMinor);
    const ADJUST = 'mutation($input: AdjustPayoutInput!) { adjustPayout(input: $input) { totalMinor } }';
    const closed = await t.gql(
      ADJUST,
      { input: { repId: darcel, period: 'FY2017-Q3', amount: '10.00', kind: 'ADJUSTMENT', reason: 'late' } },
      admin,
    );
    expect(closed.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/closed/),
      extensions: { code: 'BAD_USER_INPUT', field: 'period' },
    });
    await expect(
      t.dataSource.query('UPDATE payout_line SET amount_minor = amount_minor + 1'),
    ).rejects.toThrow(/final/);
    await expect(t.dataSource.query('DELETE FROM payout_statement')).rejects.toThrow(/final/);
    const [{ id: adminUser }] = await t.dataSource.query('SELECT id FROM app_user WHERE email = $1', [
      DEMO_ADMIN_EMAIL,
    ]);
    await expect(
      t.dataSource.query(
        `INSERT INTO payout_adjustment (id, rep_id, period_key, starts_on, ends_on, amount_minor, currency, reason, created_by)
         VALUES (gen_random_uuid(), $1, 'FY2017-Q3', '2017-07-01', '2017-10-01', 100, 'USD', 'sneaky', $2)`,
        [darcel, adminUser],
      ),
    ).rejects.toThrow(/closed/);
    await expect(
      t.dataSource.query("UPDATE plan_assignment SET valid_from = '2017-08-01' WHERE rep_id = $1", [darcel]),
    ).rejects.toThrow(/closed pay period/);
    // A clawback lands on the next open statement, negative.
    const clawback = await t.gql<{ adjustPayout: Statement }>(
      `mutation($input: AdjustPayoutInput!) { adjustPayout(input: $input) { totalMinor lines { ${LINE_FIELDS} } } }`,
      {
        input: {
          repId: darcel,
          period: 'FY2017-Q4',
          amount: '-75.25',
          kind: 'CLAWBACK',
          reason: 'Deal 1234 reversed',
        },
      },
      admin,
    );
    expect(clawback.errors).toBeUndefined();
    expect(clawback.data?.adjustPayout.lines.find((l) => l.kind === 'CLAWBACK')).toMatchObject({
      amountMinor: '-7525',
      reason: 'Deal 1234 reversed',
    });
  });

  it('should prorate by days and say so when a rep changes plan mid-quarter', async () => {
    const created = await t.gql<{ createCompPlan: { id: string } }>(
      'mutation($input: CreateCompPlanInput!) { createCompPlan(input: $input) { id } }',
      {
        input: {
          name: 'Commission only',
          content: {
            payFrequency: 'QUARTER',
            effectiveFrom: '2017-01-01',
            document: '5% of what you win.',
            rules: {
              currency: 'USD',
              targetVariableMinor: '0',
              measures: [
                {
                  key: 'commission',
                  label: 'Commission',
                  metric: 'WON_REVENUE',
                  scope: 'REP',
                  weight: '0',
                  curve: { kind: 'COMMISSION', rate: '0.05' },
                },
              ],
            },
          },
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const commissionVersion = created.data?.createCompPlan.id;
    await t.gql(
      'mutation($id: ID!) { publishPlanVersion(input: { versionId: $id }) { id } }',
      { id: commissionVersion },
      admin,
    );
    const moved = await t.gql(
      'mutation($input: AssignPlanInput!) { assignPlan(input: $input) { id } }',
      { input: { planVersionId: commissionVersion, repIds: [darcel], validFrom: '2017-11-15' } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    const q4 = await statement(darcel, 'FY2017-Q4');
    expect(q4.plans).toEqual(['AE quarterly v1', 'Commission only v1']);
    // A prorated tiered line still measured the whole quarter: its deals add up to its actual.
    const prorated = q4.lines.find((l) => l.measureKey === 'own') as Line;
    const deals = await t.gql<{ payoutLineDeals: { amount: string }[] }>(
      'query($repId: ID!, $key: String!) { payoutLineDeals(repId: $repId, period: "FY2017-Q4", lineKey: $key) { amount } }',
      { repId: darcel, key: prorated.key },
      admin,
    );
    const dealSum = (deals.data?.payoutLineDeals ?? []).reduce(
      (sum, d) => sum + BigInt(d.amount.replace('.', '')),
      0n,
    );
    expect((Number(dealSum) / 100).toFixed(2)).toBe(prorated.actual);
    const own = q4.lines.find((l) => l.measureKey === 'own') as Line;
    const commission = q4.lines.find((l) => l.kind === 'COMMISSION') as Line;
    expect(own).toMatchObject({ prorationDays: 45, periodDays: 92 });
    const ownWon = await won('2017-10-01', '2018-01-01', { rep: darcel });
    const [num, den] = curve(ownWon, 30_000_000n);
    expect(own.amountMinor).toBe(halfUp(750_000n * num * 45n, den * 92n).toString());
    const lateWon = await won('2017-11-15', '2018-01-01', { rep: darcel });
    expect(commission.amountMinor).toBe(halfUp(lateWon * 5n, 100n).toString());
    expect(BigInt(q4.totalMinor)).toBe(q4.lines.reduce((sum, l) => sum + BigInt(l.amountMinor), 0n));
  });
  it('should ask again when a new version is published, showing what changed, and keep a published version fixed', async () => {
    const gladys = await t.login('gladys.colclough@salesops.demo');
    const ACK = 'mutation($input: AcknowledgePlanInput!) { acknowledgePlan(input: $input) { acceptedAt } }';
    expect(
      (await t.gql(ACK, { input: { planVersionId: versionId, contentHash } }, gladys)).errors,
    ).toBeUndefined();
    const draft = await t.gql<{
      newPlanVersion: { id: string; number: number; version: number; status: string };
    }>(
      'mutation($input: NewPlanVersionInput!) { newPlanVersion(input: $input) { id number version status } }',
      {
        input: {
          planId: (
            await t.gql<{ planVersion: { planId: string } }>(
              'query($id: ID!) { planVersion(id: $id) { planId } }',
              { id: versionId },
              admin,
            )
          ).data?.planVersion.planId,
        },
      },
      admin,
    );
    expect(draft.data?.newPlanVersion).toMatchObject({ number: 2, status: 'DRAFT' });
    const v2 = draft.data?.newPlanVersion as { id: string; version: number };
    const rules = {
      ...RULES,
      measures: RULES.measures.map((m) => ({ ...m, curve: { ...m.curve, cap: '2.5' } })),
    };
    const saved = await t.gql(
      'mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id } }',
      {
        input: {
          versionId: v2.id,
          expectedVersion: v2.version,
          content: {
            payFrequency: 'QUARTER',
            effectiveFrom: '2018-01-01',
            document: '# AE plan\n\nThe cap is now 250%.',
            rules,
          },
        },
      },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    const published = await t.gql<{ publishPlanVersion: { contentHash: string } }>(
      'mutation($id: ID!) { publishPlanVersion(input: { versionId: $id }) { contentHash } }',
      { id: v2.id },
      admin,
    );
    expect(published.errors).toBeUndefined();
    // The audit trail counts the assignments that moved: each is now one row on the new version.
    const [{ onV2 }] = await t.dataSource.query(
      'SELECT count(*)::int AS "onV2" FROM plan_assignment WHERE plan_version_id = $1',
      [v2.id],
    );
    expect(onV2).toBeGreaterThan(0);
    const [event] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'comp_plan.publish' AND entity_id = $1`,
      [v2.id],
    );
    expect(event.after.movedAssignments).toBe(onV2);
    const mine = await t.gql<{
      myPlans: {
        acceptedAt: string | null;
        previousAcceptedNumber: number | null;
        changes: string[];
        documentChanged: boolean;
        version: { number: number };
      }[];
    }>(
      '{ myPlans { acceptedAt previousAcceptedNumber changes documentChanged version { number } } }',
      {},
      gladys,
    );
    const current = mine.data?.myPlans.find((p) => p.version.number === 2);
    expect(current).toMatchObject({ acceptedAt: null, previousAcceptedNumber: 1, documentChanged: true });
    expect(current?.changes.join(' ')).toMatch(/cap/i);
    // The old version's hash does not accept the new one.
    const stale = await t.gql(ACK, { input: { planVersionId: v2.id, contentHash } }, gladys);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'contentHash' });
    // A published version is fixed, through the API and in the database.
    const edit = await t.gql(
      'mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id } }',
      {
        input: {
          versionId: v2.id,
          expectedVersion: v2.version + 1,
          content: { payFrequency: 'QUARTER', effectiveFrom: '2018-01-01', document: 'changed', rules },
        },
      },
      admin,
    );
    expect(edit.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    await expect(
      t.dataSource.query("UPDATE comp_plan_version SET document = 'sneaky' WHERE id = $1", [v2.id]),
    ).rejects.toThrow(/can only be retired/);
  });

  it('should claw back a win reversed after its quarter closed on the next open statement, once, and book it when that quarter closes', async () => {
    const RECONCILE = `mutation($period: String!) { reconcilePayouts(period: $period) { period checkedPeriods unplaced
      corrections { repId repName correctsPeriod kind amount currency reason } } }`;
    type Reconciliation = {
      period: string;
      checkedPeriods: string[];
      unplaced: number;
      corrections: {
        repId: string;
        correctsPeriod: string;
        kind: string;
        amount: string;
        currency: string;
        reason: string;
      }[];
    };
    const frozen = await statement(darcel, 'FY2017-Q3');
    expect(frozen.status).toBe('FROZEN');
    // Darcel's largest FY2017-Q3 win is reversed in the CRM after the quarter closed.
    const [reversed] = await t.dataSource
      .query(
        `UPDATE deal SET stage_id = (SELECT id FROM sales_stage WHERE kind = 'LOST' ORDER BY position LIMIT 1)
        WHERE id = (SELECT d.id FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
                     WHERE d.rep_id = $1 AND d.close_date >= '2017-07-01' AND d.close_date < '2017-10-01' ORDER BY d.amount_minor DESC, d.id LIMIT 1)
        RETURNING external_id`,
        [darcel],
      )
      .then(([rows]: [{ external_id: string }[]]) => rows);
    // What FY2017-Q3 pays Darcel now, by hand: both measures on today's deals, plus what was booked on it while open.
    const ownWon = await won('2017-07-01', '2017-10-01', { rep: darcel });
    const teamWon = await won('2017-07-01', '2017-10-01', { team });
    const [ownNum, ownDen] = curve(ownWon, 25_000_000n);
    const [teamNum, teamDen] = curve(teamWon, 90_000_000n);
    const booked = frozen.lines
      .filter((l) => l.kind === 'ADJUSTMENT' || l.kind === 'CLAWBACK')
      .reduce((sum, l) => sum + BigInt(l.amountMinor), 0n);
    const paysNow = halfUp(750_000n * ownNum, ownDen) + halfUp(250_000n * teamNum, teamDen) + booked;
    const due = paysNow - BigInt(frozen.totalMinor);
    expect(due).toBeLessThan(0n);

    const closedTarget = await t.gql(RECONCILE, { period: 'FY2017-Q3' }, admin);
    expect(closedTarget.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const denied = await t.gql(RECONCILE, { period: 'FY2017-Q4' }, manager);
    expect(denied.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    const first = await t.gql<{ reconcilePayouts: Reconciliation }>(
      RECONCILE,
      { period: 'FY2017-Q4' },
      admin,
    );
    expect(first.errors).toBeUndefined();
    const result = first.data?.reconcilePayouts as Reconciliation;
    expect(result.checkedPeriods).toEqual(['FY2017-Q3']);
    const mine = result.corrections.find((c) => c.repId === darcel);
    expect(mine).toMatchObject({ correctsPeriod: 'FY2017-Q3', kind: 'CLAWBACK', currency: 'USD' });
    expect(BigInt((mine?.amount as string).replace('.', ''))).toBe(due);
    expect(mine?.reason).toContain(reversed.external_id);
    expect(mine?.reason).toContain(`pays ${(Number(paysNow) / 100).toFixed(2)} now`);
    // Every correction is a line of its rep's open statement, and the frozen quarter is untouched.
    for (const correction of result.corrections) {
      const q4 = await statement(correction.repId, 'FY2017-Q4');
      expect(q4.lines.find((l) => l.reason === correction.reason)).toMatchObject({
        kind: correction.kind,
        amount: correction.amount,
      });
    }
    expect((await statement(darcel, 'FY2017-Q3')).totalMinor).toBe(frozen.totalMinor);
    const [audit] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_event WHERE action IN ('payout.clawback', 'payout.adjust') AND after->>'reconciles' = 'FY2017-Q3'",
    );
    expect(audit.n).toBe(result.corrections.length);

    // Reconciling again books nothing: the difference is settled.
    const again = await t.gql<{ reconcilePayouts: Reconciliation }>(
      RECONCILE,
      { period: 'FY2017-Q4' },
      admin,
    );
    expect(again.data?.reconcilePayouts.corrections).toEqual([]);

    // A second reversal is booked by closing FY2017-Q4 itself: what freezes carries it.
    const [second] = await t.dataSource
      .query(
        `UPDATE deal SET amount_minor = amount_minor / 2
        WHERE id = (SELECT d.id FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
                     WHERE d.rep_id = $1 AND d.close_date >= '2017-07-01' AND d.close_date < '2017-10-01' AND d.amount_minor > 100 ORDER BY d.amount_minor DESC, d.id LIMIT 1)
        RETURNING external_id`,
        [darcel],
      )
      .then(([rows]: [{ external_id: string }[]]) => rows);
    expect((await t.gql(CLOSE, { period: 'FY2017-Q4' }, admin)).errors).toBeUndefined();
    const q4 = await statement(darcel, 'FY2017-Q4', darcelToken);
    expect(q4.status).toBe('FROZEN');
    const corrections = q4.lines.filter((l) => l.reason?.startsWith('FY2017-Q3 closed paying'));
    expect(corrections).toHaveLength(2);
    expect(corrections[1].reason).toContain(second.external_id);
    expect(BigInt(q4.totalMinor)).toBe(q4.lines.reduce((sum, l) => sum + BigInt(l.amountMinor), 0n));
  });
});
