import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const CREATE =
  'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix scopes active lastUsedAt } } }';
type Created = {
  createApiKey: {
    key: string;
    apiKey: {
      id: string;
      name: string;
      prefix: string;
      scopes: string[];
      active: boolean;
      lastUsedAt: string | null;
    };
  };
};

describe('API keys for integrators', () => {
  let t: TestApp;
  let admin: string;
  let pipelineKey: Created['createApiKey'];

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const created = await t.gql<Created>(
      CREATE,
      { input: { name: 'CRM sync', scopes: ['READ', 'WRITE_PIPELINE'] } },
      admin,
    );
    pipelineKey = created.data?.createApiKey as Created['createApiKey'];
  });

  afterAll(() => t.stop());

  it('should show the key once and keep only its hash', async () => {
    expect(pipelineKey.key).toMatch(/^sok_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(pipelineKey.key.startsWith(`${pipelineKey.apiKey.prefix}_`)).toBe(true);
    expect(pipelineKey.apiKey).toMatchObject({
      name: 'CRM sync',
      scopes: ['READ', 'WRITE_PIPELINE'],
      active: true,
      lastUsedAt: null,
    });
    const [row] = await t.dataSource.query('SELECT * FROM api_key WHERE id = $1', [pipelineKey.apiKey.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(pipelineKey.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(pipelineKey.key.slice(13));
    const listed = await t.gql<{ apiKeys: Record<string, unknown>[] }>(
      '{ apiKeys { prefix name } }',
      {},
      admin,
    );
    expect(JSON.stringify(listed.data)).not.toContain(pipelineKey.key.slice(13));
  });

  it('should read like an admin, write only in its areas, and note when it was last used', async () => {
    const reps = await t.gql<{ reps: { totalCount: number } }>(
      '{ reps(first: 1) { totalCount } }',
      {},
      pipelineKey.key,
    );
    expect(reps.errors).toBeUndefined();
    expect(reps.data?.reps.totalCount).toBe(35);
    const upsert = await t.gql(
      'mutation { upsertDeals(input: { deals: [{ externalId: "KEY-1", stage: "Prospecting" }] }) { inserted } }',
      {},
      pipelineKey.key,
    );
    expect(upsert.data).toEqual({ upsertDeals: { inserted: 1 } });
    const [darcel] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    const goal = await t.gql(
      'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
      { input: { repId: darcel.id, period: 'FY2018', metric: 'DEALS_WON', target: '5' } },
      pipelineKey.key,
    );
    expect(goal.errors?.[0]).toMatchObject({
      message: 'This API key lacks the WRITE_GOALS scope',
      extensions: { code: 'FORBIDDEN' },
    });
    const [used] = await t.dataSource.query('SELECT last_used_at FROM api_key WHERE id = $1', [
      pipelineKey.apiKey.id,
    ]);
    expect(used.last_used_at).not.toBeNull();
  });

  it('should upload a CSV import with a WRITE_PIPELINE key, as REST', async () => {
    const job = await t.gql<{ createDealImport: { id: string } }>(
      'mutation { createDealImport(input: { fileName: "k.csv" }) { id } }',
      {},
      pipelineKey.key,
    );
    const csv =
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nKEY-2,Darcel Schlecht,GTX Basic,,Prospecting,,,\n';
    const response = await fetch(t.url.replace('/graphql', `/imports/${job.data?.createDealImport.id}`), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${pipelineKey.key}` },
      body: csv,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'SUCCEEDED', inserted: 1 });
  });

  it('should keep keys away from key management, the audit trail, the caller-only fields and sign-in', async () => {
    for (const query of [
      '{ apiKeys { id } }',
      '{ me { id } }',
      '{ auditEvents(first: 1) { totalCount } }',
      'mutation { logout }',
    ]) {
      const result = await t.gql(query, {}, pipelineKey.key);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const create = await t.gql(
      CREATE,
      { input: { name: 'escalation', scopes: ['WRITE_ORG'] } },
      pipelineKey.key,
    );
    expect(create.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should list users to a READ key, as an admin reads them, without password hashes or sessions', async () => {
    const users = await t.gql<{ users: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      '{ users(first: 100) { totalCount edges { node { id email name role repId } } } }',
      {},
      pipelineKey.key,
    );
    expect(users.errors).toBeUndefined();
    expect(users.data?.users.edges.map((edge) => edge.node.email)).toContain(DEMO_ADMIN_EMAIL);
    expect(JSON.stringify(users.data)).not.toMatch(/argon2|password|token/i);
    const asAdmin = await t.gql<{ users: { totalCount: number } }>(
      '{ users(first: 1) { totalCount } }',
      {},
      admin,
    );
    expect(users.data?.users.totalCount).toBe(asAdmin.data?.users.totalCount);
    // The schema has no way to ask for a hash or a session at all.
    const hash = await t.gql('{ users(first: 1) { edges { node { passwordHash } } } }', {}, pipelineKey.key);
    expect(hash.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should refuse reads to a key without READ', async () => {
    const writer = (
      await t.gql<Created>(CREATE, { input: { name: 'goals writer', scopes: ['WRITE_GOALS'] } }, admin)
    ).data?.createApiKey;
    expect((await t.gql('{ reps(first: 1) { totalCount } }', {}, writer?.key)).errors?.[0]?.message).toBe(
      'This API key lacks the READ scope',
    );
    expect((await t.gql('{ users(first: 1) { totalCount } }', {}, writer?.key)).errors?.[0]?.message).toBe(
      'This API key lacks the READ scope',
    );
  });

  it('should name the key in the audit trail', async () => {
    const events = await t.gql<{
      auditEvents: { edges: { node: { actorLabel: string; actorId: string | null } }[] };
    }>(
      '{ auditEvents(first: 5, filter: { action: "deal.upsert" }) { edges { node { actorLabel actorId } } } }',
      {},
      admin,
    );
    expect(events.data?.auditEvents.edges[0]?.node).toEqual({
      actorLabel: `API key CRM sync <${pipelineKey.apiKey.prefix}>`,
      actorId: null,
    });
  });

  it('should stop a revoked or expired key at once', async () => {
    const revoked = await t.gql<{ revokeApiKey: { active: boolean } }>(
      'mutation($id: ID!) { revokeApiKey(id: $id) { active } }',
      { id: pipelineKey.apiKey.id },
      admin,
    );
    expect(revoked.data?.revokeApiKey.active).toBe(false);
    expect(
      (await t.gql('{ reps(first: 1) { totalCount } }', {}, pipelineKey.key)).errors?.[0]?.extensions?.[
        'code'
      ],
    ).toBe('UNAUTHENTICATED');
    const soon = (
      await t.gql<Created>(
        CREATE,
        {
          input: {
            name: 'short lived',
            scopes: ['READ'],
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
        },
        admin,
      )
    ).data?.createApiKey;
    await t.dataSource.query("UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1", [
      soon?.apiKey.id,
    ]);
    expect(
      (await t.gql('{ reps(first: 1) { totalCount } }', {}, soon?.key)).errors?.[0]?.extensions?.['code'],
    ).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ name: '', scopes: ['READ'] }, 'name'],
    [{ name: 'x', scopes: [] }, 'scopes'],
    [{ name: 'x', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt'],
  ])('should refuse %j naming %s', async (input, field) => {
    const before = await t.count('api_key');
    const result = await t.gql(CREATE, { input }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.count('api_key')).toBe(before);
  });
});
