import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { todayIsoDate } from '@salesops/domain';

import { TestApp } from '../testing/test-app';

const UPSERT =
  'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated unchanged } }';
const RULE = 'mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }';

describe('lead routing', () => {
  let t: TestApp;
  let admin: string;
  let darcel: string;
  let anna: string;
  let batch = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    darcel = (await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'"))[0].id;
    anna = (await t.dataSource.query("SELECT id FROM rep WHERE name = 'Anna Snelling'"))[0].id;
    // Only Darcel (weight 3) and Anna (weight 1) take part.
    await t.dataSource.query('INSERT INTO routing_rule (rep_id, weight) SELECT id, 0 FROM rep');
    await t.gql(RULE, { input: { repId: darcel, weight: 3 } }, admin);
    await t.gql(RULE, { input: { repId: anna, weight: 1 } }, admin);
  });

  afterAll(() => t.stop());

  /** Sends n new open deals without a rep; returns who got each, in order. */
  async function newLeads(n: number): Promise<(string | null)[]> {
    batch++;
    const ids = Array.from({ length: n }, (_, i) => `LEAD-${batch}-${String(i).padStart(3, '0')}`);
    const result = await t.gql(
      UPSERT,
      {
        input: { deals: ids.map((externalId) => ({ externalId, stage: 'Prospecting', product: 'GTX Pro' })) },
      },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const rows: { external_id: string; name: string | null }[] = await t.dataSource.query(
      'SELECT d.external_id, r.name FROM deal d LEFT JOIN rep r ON r.id = d.rep_id WHERE d.external_id = ANY($1) ORDER BY d.external_id',
      [ids],
    );
    return rows.map((row) => row.name);
  }

  it('should share new unassigned leads by weight, interleaved, and record why', async () => {
    const owners = await newLeads(12);
    expect(owners.filter((o) => o === 'Darcel Schlecht')).toHaveLength(9);
    expect(owners.filter((o) => o === 'Anna Snelling')).toHaveLength(3);
    expect(owners.join(',')).not.toMatch(/(Darcel Schlecht,){4}/);
    const decisions = await t.gql<{
      routingDecisions: {
        dealExternalId: string;
        repName: string;
        reason: string;
        weight: number;
        availableReps: number;
        skipped: { why: string }[];
      }[];
    }>(
      '{ routingDecisions(dealExternalId: "LEAD-1-000") { dealExternalId repName reason weight availableReps skipped { repName why until capacity } } }',
      {},
      admin,
    );
    expect(decisions.data?.routingDecisions).toEqual([
      expect.objectContaining({
        dealExternalId: 'LEAD-1-000',
        reason: expect.stringMatching(
          /^Weighted round robin: .* had the most credit .* among 2 available reps; skipped .*\(weight 0\)/,
        ),
      }),
    ]);
    // The same facts as data: the chosen weight, the reps available, each rep skipped and why.
    const [decision] = decisions.data?.routingDecisions ?? [];
    expect(decision.availableReps).toBe(2);
    expect(decision.weight).toBe(decision.repName === 'Darcel Schlecht' ? 3 : 1);
    expect(decision.skipped.length).toBeGreaterThan(0);
    expect(decision.skipped.every((skip) => skip.why === 'ZERO_WEIGHT')).toBe(true);
  });

  it('should skip a rep who is absent today, and give them no burst of leads when back', async () => {
    const today = todayIsoDate();
    const absence = await t.gql<{ addAbsence: string }>(
      'mutation($input: AddAbsenceInput!) { addAbsence(input: $input) }',
      { input: { repId: anna, startsOn: today, endsOn: today, reason: 'holiday' } },
      admin,
    );
    expect(await newLeads(4)).toEqual(Array(4).fill('Darcel Schlecht'));
    const [decision] =
      (
        await t.gql<{ routingDecisions: { reason: string; skipped: unknown[] }[] }>(
          '{ routingDecisions(dealExternalId: "LEAD-2-000") { reason skipped { repName why until capacity } } }',
          {},
          admin,
        )
      ).data?.routingDecisions ?? [];
    expect(decision.reason).toContain(`Anna Snelling (absent until ${today})`);
    expect(decision.skipped).toContainEqual({
      repName: 'Anna Snelling',
      why: 'ABSENT',
      until: today,
      capacity: null,
    });
    expect(
      (await t.gql('mutation($id: ID!) { removeAbsence(id: $id) }', { id: absence.data?.addAbsence }, admin))
        .data,
    ).toEqual({ removeAbsence: true });
    const again = await t.gql(
      'mutation($id: ID!) { removeAbsence(id: $id) }',
      { id: absence.data?.addAbsence },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const back = await newLeads(8);
    expect(back.filter((o) => o === 'Anna Snelling')).toHaveLength(2);
  });

  it('should stop at a monthly capacity and leave a lead unassigned, with the reason, when nobody can take it', async () => {
    const [{ routed }] = await t.dataSource.query(
      "SELECT count(*) AS routed FROM routing_decision WHERE rep_id = $1 AND decided_at >= date_trunc('month', now())",
      [anna],
    );
    await t.gql(RULE, { input: { repId: anna, weight: 1, capacityPerMonth: Number(routed) } }, admin);
    await t.gql(RULE, { input: { repId: darcel, weight: 0 } }, admin);
    expect(await newLeads(1)).toEqual([null]);
    const [decision] =
      (
        await t.gql<{
          routingDecisions: {
            repName: string | null;
            reason: string;
            weight: number | null;
            availableReps: number;
            skipped: unknown[];
          }[];
        }>(
          `{ routingDecisions(dealExternalId: "LEAD-${batch}-000") { repName reason weight availableReps skipped { repName why until capacity } } }`,
          {},
          admin,
        )
      ).data?.routingDecisions ?? [];
    expect(decision).toEqual({
      repName: null,
      reason: expect.stringContaining(`Anna Snelling (capacity ${routed} reached this month)`),
      weight: null,
      availableReps: 0,
      skipped: expect.arrayContaining([
        { repName: 'Anna Snelling', why: 'AT_CAPACITY', until: null, capacity: Number(routed) },
      ]),
    });
  });

  it('should keep the routed rep when the same leads arrive again without one', async () => {
    const before = await t.dataSource.query(
      "SELECT external_id, rep_id FROM deal WHERE external_id LIKE 'LEAD-1-%' ORDER BY external_id",
    );
    const again = await t.gql(
      UPSERT,
      {
        input: {
          deals: before.map((d: { external_id: string }) => ({
            externalId: d.external_id,
            stage: 'Prospecting',
            product: 'GTX Pro',
          })),
        },
      },
      admin,
    );
    expect(again.data).toEqual({ upsertDeals: { inserted: 0, updated: 0, unchanged: 12 } });
    expect(
      await t.dataSource.query(
        "SELECT external_id, rep_id FROM deal WHERE external_id LIKE 'LEAD-1-%' ORDER BY external_id",
      ),
    ).toEqual(before);
  });

  it('should refuse routing settings to a manager and bad weights to anyone', async () => {
    const manager = await t.login('melvin.marxen@salesops.demo');
    expect(
      (await t.gql(RULE, { input: { repId: darcel, weight: 2 } }, manager)).errors?.[0]?.extensions?.['code'],
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(RULE, { input: { repId: darcel, weight: 101 } }, admin)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weight' });
  });
});
