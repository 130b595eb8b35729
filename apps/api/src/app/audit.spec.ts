import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { schema } from '../testing/schema-operations';
import { TestApp } from '../testing/test-app';

const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { action entityType entityId actorId actorLabel summary summaryKey summaryParams before after occurredAt } }
  }
}`;

interface Event {
  action: string;
  entityType: string;
  entityId: string | null;
  actorId: string | null;
  actorLabel: string;
  summary: string;
  summaryKey: string | null;
  summaryParams: string | null;
  before: string | null;
  after: string | null;
}
type Page = {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Event }[];
  };
};

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

  const events = async (filter: Record<string, unknown>, first = 20) =>
    (await t.gql<Page>(EVENTS, { filter, first }, admin)).data?.auditEvents;
  const SET = 'mutation($input: SetGoalInput!) { setGoal(input: $input) { id version } }';

  it('should record who changed a goal, when, and the target before and after', async () => {
    const first = await t.gql<{ setGoal: { id: string; version: number } }>(
      SET,
      { input: { repId: darcel, period: 'FY2018', metric: 'WON_REVENUE', target: '900000' } },
      admin,
    );
    await t.gql(
      SET,
      {
        input: {
          repId: darcel,
          period: 'FY2018',
          metric: 'WON_REVENUE',
          target: '1000000',
          expectedVersion: 1,
        },
      },
      admin,
    );
    const page = await events({ entityType: 'goal', entityId: first.data?.setGoal.id });
    const [latest, earliest] = page?.edges.map((edge) => edge.node) ?? [];
    expect(page?.totalCount).toBe(2);
    expect(latest).toMatchObject({
      action: 'goal.set',
      summary: 'Darcel Schlecht FY2018 WON_REVENUE: 900000.00 → 1000000.00',
      actorLabel: `Sales Ops Admin <${DEMO_ADMIN_EMAIL}>`,
    });
    expect(JSON.parse(latest.before ?? 'null')).toEqual({ target: '900000.00', version: 1 });
    expect(JSON.parse(latest.after ?? 'null')).toMatchObject({ target: '1000000.00', period: 'FY2018' });
    expect(earliest).toMatchObject({
      summary: 'Darcel Schlecht FY2018 WON_REVENUE: no goal → 900000.00',
      before: null,
    });
    // The same facts as data, so a client can word them in its own language; money stays decimal text.
    const goal = { subject: 'Darcel Schlecht', period: 'FY2018', metric: 'WON_REVENUE', currency: 'USD' };
    expect(latest.summaryKey).toBe('goal.set');
    expect(JSON.parse(latest.summaryParams ?? 'null')).toEqual({
      ...goal,
      before: '900000.00',
      target: '1000000.00',
    });
    expect(earliest.summaryKey).toBe('goal.set.new');
    expect(JSON.parse(earliest.summaryParams ?? 'null')).toEqual({ ...goal, target: '900000.00' });
  });

  it('should keep nothing of a change that was refused: the trail is written in the same transaction', async () => {
    const before = await t.count('audit_event');
    // The first cell is written and audited, then the second conflicts and the whole batch rolls back.
    const result = await t.gql(
      'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }',
      {
        input: {
          goals: [
            { repId: darcel, period: 'FY2019', metric: 'DEALS_WON', target: '10' },
            { repId: darcel, period: 'FY2018', metric: 'WON_REVENUE', target: '5', expectedVersion: 1 },
          ],
        },
      },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(await t.count('audit_event')).toBe(before);
  });

  it('should record changes across the areas with the actor, and the system for work nobody signed in for', async () => {
    const tool = await t.gql<{ createSalesTool: { id: string; version: number } }>(
      'mutation { createSalesTool(input: { name: "Audit CRM", category: CRM, costPerSeat: "10" }) { id version } }',
      {},
      admin,
    );
    await t.gql(
      'mutation($input: UpdateSalesToolInput!) { updateSalesTool(input: $input) { id } }',
      { input: { id: tool.data?.createSalesTool.id, expectedVersion: 1, seatsBought: 12 } },
      admin,
    );
    await t.gql(
      'mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }',
      { input: { repId: darcel, weight: 3, capacityPerMonth: 40 } },
      admin,
    );
    await t.gql(
      'mutation($input: UpdateRepInput!) { updateRep(input: $input) { id } }',
      { input: { id: darcel, hireDate: '2015-03-01' } },
      admin,
    );
    const actions = (await events({}, 50))?.edges.map((edge) => edge.node) ?? [];
    const find = (action: string) => actions.find((event) => event.action === action);
    expect(find('tool.create')).toMatchObject({
      summary: 'Added Audit CRM',
      entityType: 'sales_tool',
      summaryKey: 'tool.create',
    });
    expect(JSON.parse(find('tool.create')?.summaryParams ?? 'null')).toEqual({ tool: 'Audit CRM' });
    expect(find('tool.update')).toMatchObject({
      summary: 'Changed Audit CRM: seatsBought',
      summaryKey: 'tool.update',
    });
    expect(JSON.parse(find('tool.update')?.summaryParams ?? 'null')).toEqual({
      tool: 'Audit CRM',
      fields: ['seatsBought'],
    });
    expect(JSON.parse(find('tool.update')?.before ?? 'null')).toEqual({ seatsBought: 0 });
    expect(JSON.parse(find('tool.update')?.after ?? 'null')).toEqual({ seatsBought: 12 });
    expect(find('routing.set_rule')).toMatchObject({
      summary: 'Darcel Schlecht: weight 3, at most 40 a month',
      summaryKey: 'routing.set_rule',
    });
    expect(JSON.parse(find('routing.set_rule')?.summaryParams ?? 'null')).toEqual({
      rep: 'Darcel Schlecht',
      weight: 3,
      capacityPerMonth: 40,
    });
    expect(JSON.parse(find('rep.update')?.after ?? 'null')).toMatchObject({ hireDate: '2015-03-01' });
    // The demo import ran from the seed, outside any request.
    const imported = (await events({ action: 'import.finish' }))?.edges[0]?.node;
    expect(imported).toMatchObject({
      actorLabel: 'system',
      actorId: null,
      summary: 'Import of sales_pipeline.csv succeeded: 8800 new, 0 updated, 0 unchanged, 0 refused',
      summaryKey: 'import.finish.succeeded',
    });
    expect(JSON.parse(imported?.summaryParams ?? 'null')).toEqual({
      file: 'sales_pipeline.csv',
      inserted: 8800,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
  });

  it('should page through the trail newest first and filter it', async () => {
    const first = await t.gql<Page>(EVENTS, { first: 2 }, admin);
    const next = await t.gql<Page>(
      EVENTS,
      { first: 2, after: first.data?.auditEvents.pageInfo.endCursor },
      admin,
    );
    const seen = [...(first.data?.auditEvents.edges ?? []), ...(next.data?.auditEvents.edges ?? [])].map(
      (edge) => edge.node.summary,
    );
    expect(new Set(seen).size).toBe(4);
    expect((await events({ search: 'audit crm' }))?.totalCount).toBe(2);
  });

  it('should pick the wording from the facts when one action has several', async () => {
    await t.gql(
      'mutation($input: SetRoutingRuleInput!) { setRoutingRule(input: $input) }',
      { input: { repId: darcel, weight: 2, capacityPerMonth: null } },
      admin,
    );
    const copy = await t.gql<{ copyGoals: { written: number } }>(
      'mutation { copyGoals(input: { fromPeriod: "FY2018", toPeriod: "FY2017", percentChange: -5 }) { written } }',
      {},
      admin,
    );
    const rule = (await events({ action: 'routing.set_rule', entityId: darcel }))?.edges[0]?.node;
    expect(rule).toMatchObject({
      summary: 'Darcel Schlecht: weight 2, no cap',
      summaryKey: 'routing.set_rule.no_cap',
    });
    expect(JSON.parse(rule?.summaryParams ?? 'null')).toEqual({ rep: 'Darcel Schlecht', weight: 2 });
    const copied = (await events({ action: 'goal.copy' }))?.edges[0]?.node;
    const written = copy.data?.copyGoals.written;
    expect(written).toBeGreaterThan(0);
    expect(copied).toMatchObject({
      summary: `Copied ${written} goals from FY2018 to FY2017 (-5%)`,
      summaryKey: 'goal.copy',
    });
    expect(JSON.parse(copied?.summaryParams ?? 'null')).toEqual({
      count: written,
      from: 'FY2018',
      to: 'FY2017',
      percentChange: -5,
    });
  });

  it('should name the team, the rep and the tool in a summary, never their ids', async () => {
    const [west]: { id: string }[] = await t.dataSource.query("SELECT id FROM team WHERE name = 'West'");
    const [moses]: { id: string; team_id: string }[] = await t.dataSource.query(
      "SELECT id, team_id FROM rep WHERE name = 'Moses Frase'",
    );
    const [target]: { id: string; name: string }[] = await t.dataSource.query(
      'SELECT id, name FROM team WHERE id <> $1 AND parent_id IS NOT NULL LIMIT 1',
      [moses.team_id],
    );
    await t.gql(
      'mutation($input: MoveRepInput!) { moveRep(input: $input) { id } }',
      { input: { repId: moses.id, teamId: target.id } },
      admin,
    );
    const moved = (await events({ action: 'rep.move', entityId: moses.id }))?.edges[0]?.node;
    expect(moved?.summary).toMatch(
      new RegExp(`^Moved Moses Frase to team ${target.name} from \\d{4}-\\d{2}-\\d{2}$`),
    );
    expect(JSON.parse(moved?.summaryParams ?? 'null')).toMatchObject({
      rep: 'Moses Frase',
      team: target.name,
    });

    await t.gql(
      'mutation { copyGoals(input: { fromPeriod: "FY2018", toPeriod: "FY2016", teamId: "' +
        west.id +
        '" }) { written } }',
      {},
      admin,
    );
    const copied = (await events({ action: 'goal.copy' }))?.edges[0]?.node;
    expect(copied).toMatchObject({
      summaryKey: 'goal.copy.team',
      summary: expect.stringMatching(/ for team West$/),
    });

    const tool = await t.gql<{ createSalesTool: { id: string } }>(
      'mutation { createSalesTool(input: { name: "Seat Tool", category: CRM, costPerSeat: "10" }) { id } }',
      {},
      admin,
    );
    const toolId = tool.data?.createSalesTool.id;
    await t.gql(
      'mutation($input: AssignSeatsInput!) { assignToolSeats(input: $input) { assigned } }',
      { input: { toolId, repIds: [darcel], startsOn: '2024-01-01' } },
      admin,
    );
    const [seat]: { id: string }[] = await t.dataSource.query('SELECT id FROM tool_seat WHERE tool_id = $1', [
      toolId,
    ]);
    await t.gql(
      'mutation($input: ReleaseSeatInput!) { releaseToolSeat(input: $input) { id } }',
      { input: { seatId: seat.id, endsOn: '2024-06-30' } },
      admin,
    );
    const released = (await events({ action: 'tool.release_seat', entityId: seat.id }))?.edges[0]?.node;
    expect(released?.summary).toBe("Darcel Schlecht's seat on Seat Tool ends 2024-06-30");
    expect(JSON.parse(released?.summaryParams ?? 'null')).toEqual({
      rep: 'Darcel Schlecht',
      tool: 'Seat Tool',
      date: '2024-06-30',
    });
  });

  it('should answer events older than the templates with their English summary alone', async () => {
    // Written as the trail was before summary_key existed: inserting is allowed, changing is not.
    await t.dataSource.query(
      "INSERT INTO audit_event (id, actor_label, action, entity_type, entity_id, summary) VALUES (gen_random_uuid(), 'system', 'team.create', 'team', 'old-row', 'Created team Old')",
    );
    const [old] = (await events({ entityId: 'old-row' }))?.edges.map((edge) => edge.node) ?? [];
    expect(old).toMatchObject({ summary: 'Created team Old', summaryKey: null, summaryParams: null });
  });

  it('should refuse any change to the trail, through the API or in the database', async () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    await expect(t.dataSource.query("UPDATE audit_event SET summary = 'rewritten'")).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/cannot be changed/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/cannot be changed/);
  });

  it('should show the trail to admins only', async () => {
    const manager = await t.login('melvin.marxen@salesops.demo');
    expect((await t.gql(EVENTS, {}, manager)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
