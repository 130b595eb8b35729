import { resolve } from 'node:path';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { schema } from '../testing/schema-operations';
import { TestApp } from '../testing/test-app';

const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { action entityType entityId actorId actorLabel summary before after occurredAt } }
  }
}`;

interface Event {
  action: string;
  entityType: string;
  entityId: string | null;
  actorId: string | null;
  actorLabel: string;
  summary: string;
  before: string | null;
  after: string | null;
}
type Page = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Event }[] } };

describe('the audit trail', () => {
  let t: TestApp;
  let admin: string;
  let darcel: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    darcel = (await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'"))[0].id;
  });

  afterAll(() => t.stop());

  const events = async (filter: Record<string, unknown>, first = 20) => (await t.gql<Page>(EVENTS, { filter, first }, admin)).data?.auditEvents;
  const SET = 'mutation($input: SetGoalInput!) { setGoal(input: $input) { id version } }';

  it('should record who changed a goal, when, and the target before and after', async () => {
    const first = await t.gql<{ setGoal: { id: string; version: number } }>(SET, { input: { repId: darcel, period: 'FY2018', metric: 'WON_REVENUE', target: '900000' } }, admin);
    await t.gql(SET, { input: { repId: darcel, period: 'FY2018', metric: 'WON_REVENUE', target: '1000000', expectedVersion: 1 } }, admin);
    const page = await events({ entityType: 'goal', entityId: first.data?.setGoal.id });
    const [latest, earliest] = page?.edges.map((edge) => edge.node) ?? [];
    expect(page?.totalCount).toBe(2);
    expect(latest).toMatchObject({ action: 'goal.set', summary: 'Darcel Schlecht FY2018 WON_REVENUE: 900000.00 → 1000000.00', actorLabel: `Sales Ops Admin <${DEMO_ADMIN_EMAIL}>` });
    expect(JSON.parse(latest.before ?? 'null')).toEqual({ target: '900000.00', version: 1 });
    expect(JSON.parse(latest.after ?? 'null')).toMatchObject({ target: '1000000.00', period: 'FY2018' });
    expect(earliest).toMatchObject({ summary: 'Darcel Schlecht FY2018 WON_REVENUE: no goal → 900000.00', before: null });
  });

  it('should keep nothing of a change that was refused: the trail is written in the same transaction', async () => {
    const before = await t.count('audit_event');
    // The first cell is written and audited, then the second conflicts and the whole batch rolls back.
    const result = await t.gql(
      'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }',
      { input: { goals: [{ repId: darcel, period: 'FY2019', metric: 'DEALS_WON', target: '10' }, { repId: darcel, period: 'FY2018', metric: 'WON_REVENUE', target: '5', expectedVersion: 1 }] } },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(await t.count('audit_event')).toBe(before);
  });

  it('should record changes across the areas with the actor, and the system for work nobody signed in for', async () => {
    const tool = await t.gql<{ createSalesTool: { id: string; version: number } }>('mutation { createSalesTool(input: { name: "Audit CRM", category: CRM, costPerSeat: "10" }) { id version } }', {}, admin);
    await t.gql('mutation($input: UpdateSalesToolInput!) { updateSalesTool(input: $input) { id } }', { input: { id: tool.data?.createSalesTool.id, expectedVersion: 1, seatsBought: 12 } }, admin);
    await t.gql('mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }', { input: { repId: darcel, weight: 3, capacityPerMonth: 40 } }, admin);
    await t.gql('mutation($input: UpdateRepInput!) { updateRep(input: $input) { id } }', { input: { id: darcel, hireDate: '2015-03-01' } }, admin);
    const actions = (await events({}, 50))?.edges.map((edge) => edge.node) ?? [];
    const find = (action: string) => actions.find((event) => event.action === action);
    expect(find('tool.create')).toMatchObject({ summary: 'Added Audit CRM', entityType: 'sales_tool' });
    expect(JSON.parse(find('tool.update')?.before ?? 'null')).toEqual({ seatsBought: 0 });
    expect(JSON.parse(find('tool.update')?.after ?? 'null')).toEqual({ seatsBought: 12 });
    expect(find('routing.set_rule')).toMatchObject({ summary: 'Darcel Schlecht: weight 3, at most 40 a month' });
    expect(JSON.parse(find('rep.update')?.after ?? 'null')).toMatchObject({ hireDate: '2015-03-01' });
    // The demo import ran from the seed, outside any request.
    expect((await events({ action: 'import.finish' }))?.edges[0]?.node).toMatchObject({
      actorLabel: 'system',
      actorId: null,
      summary: 'Import of sales_pipeline.csv succeeded: 8800 new, 0 updated, 0 unchanged, 0 refused',
    });
  });

  it('should page through the trail newest first and filter it', async () => {
    const first = await t.gql<Page>(EVENTS, { first: 2 }, admin);
    const next = await t.gql<Page>(EVENTS, { first: 2, after: first.data?.auditEvents.pageInfo.endCursor }, admin);
    const seen = [...(first.data?.auditEvents.edges ?? []), ...(next.data?.auditEvents.edges ?? [])].map((edge) => edge.node.summary);
    expect(new Set(seen).size).toBe(4);
    expect((await events({ search: 'audit crm' }))?.totalCount).toBe(2);
  });

  it('should refuse any change to the trail, through the API or in the database', async () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    await expect(t.dataSource.query("UPDATE audit_event SET summary = 'rewritten'")).rejects.toThrow(/cannot be changed/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/cannot be changed/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/cannot be changed/);
  });

  it('should show the trail to admins only', async () => {
    const manager = await t.login('melvin.marxen@salesops.demo');
    expect((await t.gql(EVENTS, {}, manager)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
