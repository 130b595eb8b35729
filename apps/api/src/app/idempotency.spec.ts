import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const CREATE_TOOL =
  'mutation($input: CreateSalesToolInput!) { createSalesTool(input: $input) { id name costPerSeat { amount } } }';
const UPSERT =
  'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated unchanged } }';

interface Answer {
  status: number;
  replayed: boolean;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe('Idempotency keys', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let pipelineKey: string;

  const send = async (
    token: string | null,
    key: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer> => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed') === 'true',
      body: (await response.json()) as Answer['body'],
    };
  };
  const toolInput = (name: string, costPerSeat = '12.50') => ({
    input: { name, category: 'CRM', costPerSeat, seatsBought: 3 },
  });
  const count = async (sql: string, params: unknown[]) =>
    Number((await t.dataSource.query(sql, params))[0].n);
  /** Resolves once some session of this database waits on a row lock. */
  const waitForLockWait = async () => {
    for (let i = 0; i < 200; i++) {
      const waiting = await count(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        [],
      );
      if (waiting > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no request waited on the held Idempotency-Key');
  };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    manager = await t.login('melvin.marxen@salesops.demo');
    const created = await t.gql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(input: { name: "CRM sync", scopes: [READ, WRITE_PIPELINE] }) { key } }',
      {},
      admin,
    );
    pipelineKey = created.data?.createApiKey.key as string;
    const stage = await t.gql(
      'mutation { createSalesStage(input: { name: "Prospecting", kind: OPEN, winProbability: 10 }) { id } }',
      {},
      admin,
    );
    expect(stage.errors).toBeUndefined();
  });

  afterAll(() => t.stop());

  it('should replay the first answer for the same key and request, without running the mutation again', async () => {
    const first = await send(admin, 'tool-1', CREATE_TOOL, toolInput('Gong'));
    expect(first).toMatchObject({
      status: 200,
      replayed: false,
      body: { data: { createSalesTool: { name: 'Gong', costPerSeat: { amount: '12.50' } } } },
    });
    // Object keys in another order are the same request.
    const again = await send(admin, 'tool-1', CREATE_TOOL, {
      input: { seatsBought: 3, costPerSeat: '12.50', category: 'CRM', name: 'Gong' },
    });
    expect(again).toEqual({ status: 200, replayed: true, body: first.body });
    expect(await count("SELECT count(*) AS n FROM sales_tool WHERE name = 'Gong'", [])).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_event WHERE action = 'tool.create' AND summary LIKE '%Gong%'",
        [],
      ),
    ).toBe(1);
  });

  it('should refuse the same key with another request, naming the header, and write nothing', async () => {
    const other = await send(admin, 'tool-1', CREATE_TOOL, toolInput('Gong', '99.00'));
    expect(other.status).toBe(409);
    expect(other.body.errors?.[0]).toMatchObject({
      message:
        'This Idempotency-Key was used for another request (createSalesTool); send a new key with a new request',
      extensions: { code: 'CONFLICT', field: 'Idempotency-Key' },
    });
    expect(await count('SELECT count(*) AS n FROM sales_tool WHERE cost_per_seat_minor = 9900', [])).toBe(0);
  });

  it('should answer 409 when the clash is found inside the transaction, as when it is found before', async () => {
    // Another request holds the key, uncommitted: the check before execution does not see it, so the
    // mutation's own claim waits on the row and finds it taken once the holder commits.
    const [{ id: adminId }] = await t.dataSource.query('SELECT id FROM app_user WHERE email = $1', [
      DEMO_ADMIN_EMAIL,
    ]);
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(
        `INSERT INTO idempotency_key (owner, key, fingerprint, field, request_id) VALUES ($1, 'tool-held', 'other-request', 'createSalesTool', gen_random_uuid())`,
        [`user:${adminId}`],
      );
      const pending = send(admin, 'tool-held', CREATE_TOOL, toolInput('Outreach'));
      await waitForLockWait();
      await holder.commitTransaction();
      const answer = await pending;
      expect(answer.status).toBe(409);
      expect(answer.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('still running'),
        extensions: { code: 'CONFLICT', field: 'Idempotency-Key' },
      });
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await count("SELECT count(*) AS n FROM sales_tool WHERE name = 'Outreach'", [])).toBe(0);
  });

  it('should run 20 concurrent requests with one key exactly once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => send(admin, 'tool-race', CREATE_TOOL, toolInput('Clari'))),
    );
    expect(await count("SELECT count(*) AS n FROM sales_tool WHERE name = 'Clari'", [])).toBe(1);
    const succeeded = answers.filter((a) => a.status === 200);
    expect(succeeded.filter((a) => !a.replayed)).toHaveLength(1);
    const id = (succeeded[0].body.data?.['createSalesTool'] as { id: string }).id;
    for (const answer of succeeded)
      expect((answer.body.data?.['createSalesTool'] as { id: string }).id).toBe(id);
    for (const answer of answers.filter((a) => a.status !== 200)) {
      expect(answer.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('still running'),
        extensions: { code: 'CONFLICT', field: 'Idempotency-Key' },
      });
    }
    // Whoever was told to wait gets the first answer now.
    expect(await send(admin, 'tool-race', CREATE_TOOL, toolInput('Clari'))).toMatchObject({
      status: 200,
      replayed: true,
      body: succeeded[0].body,
    });
  });

  it('should leave the key free when the mutation fails, so a retry runs again', async () => {
    const refused = await send(admin, 'tool-dup', CREATE_TOOL, toolInput('Gong'));
    expect(refused.body.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    expect(await count('SELECT count(*) AS n FROM idempotency_key WHERE key = $1', ['tool-dup'])).toBe(0);
    const retried = await send(admin, 'tool-dup', CREATE_TOOL, toolInput('Gong'));
    expect(retried.replayed).toBe(false);
    expect(retried.body.errors?.[0].message).toBe(refused.body.errors?.[0].message);
  });

  it("should keep each caller's keys apart, API keys included", async () => {
    const deals = { input: { deals: [{ externalId: 'IDEM-1', stage: 'Prospecting' }] } };
    const byKey = await send(pipelineKey, 'shared-key', UPSERT, deals);
    expect(byKey.body.errors).toBeUndefined();
    expect(byKey.body.data).toEqual({ upsertDeals: { inserted: 1, updated: 0, unchanged: 0 } });
    expect((await send(pipelineKey, 'shared-key', UPSERT, deals)).replayed).toBe(true);
    // The same key string from the admin is the admin's own: it runs (and finds the deal unchanged).
    const byAdmin = await send(admin, 'shared-key', UPSERT, deals);
    expect(byAdmin).toMatchObject({
      replayed: false,
      body: { data: { upsertDeals: { inserted: 0, updated: 0, unchanged: 1 } } },
    });
    const [owner] = await t.dataSource.query(
      "SELECT owner FROM idempotency_key WHERE key = 'shared-key' AND owner LIKE 'key:%'",
    );
    expect(owner).toBeDefined();
  });

  it('should forget a key after 24 hours', async () => {
    const deals = { input: { deals: [{ externalId: 'IDEM-2', stage: 'Prospecting' }] } };
    expect((await send(pipelineKey, 'old-key', UPSERT, deals)).body.data).toEqual({
      upsertDeals: { inserted: 1, updated: 0, unchanged: 0 },
    });
    await t.dataSource.query(
      "UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'old-key'",
    );
    const later = await send(pipelineKey, 'old-key', UPSERT, deals);
    expect(later).toMatchObject({
      replayed: false,
      body: { data: { upsertDeals: { inserted: 0, updated: 0, unchanged: 1 } } },
    });
  });

  it('should tell the caller when the first request was applied but its answer was not kept', async () => {
    await send(admin, 'lost-answer', CREATE_TOOL, toolInput('Outreach'));
    await t.dataSource.query(
      "UPDATE idempotency_key SET response = NULL, created_at = now() - interval '10 minutes' WHERE key = 'lost-answer'",
    );
    const retried = await send(admin, 'lost-answer', CREATE_TOOL, toolInput('Outreach'));
    expect(retried.status).toBe(409);
    expect(retried.body.errors?.[0].message).toMatch(/was applied, but its answer was not kept/);
    expect(await count("SELECT count(*) AS n FROM sales_tool WHERE name = 'Outreach'", [])).toBe(1);
  });

  it('should hold goals grids to the same rule (money)', async () => {
    const [rep] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
    const query = 'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id target version } }';
    const variables = {
      input: {
        goals: [
          { repId: rep.id, period: 'FY2019', metric: 'WON_REVENUE', target: '120000.00', expectedVersion: 0 },
        ],
      },
    };
    const first = await send(admin, 'grid-save-1', query, variables);
    expect(first.body.errors).toBeUndefined();
    // A blind retry of the same save would otherwise fail its version check; it gets the first answer.
    expect(await send(admin, 'grid-save-1', query, variables)).toEqual({
      status: 200,
      replayed: true,
      body: first.body,
    });
    expect((await send(admin, 'grid-save-2', query, variables)).body.errors?.[0].extensions?.['code']).toBe(
      'CONFLICT',
    );
  });

  it('should take an import once: the job by its key, the file by its content', async () => {
    const create = 'mutation { createDealImport(input: { fileName: "crm.csv" }) { id } }';
    const job = await send(pipelineKey, 'import-1', create);
    expect((await send(pipelineKey, 'import-1', create)).body).toEqual(job.body);
    const id = (job.body.data?.['createDealImport'] as { id: string }).id;
    const put = (csv: string) =>
      fetch(t.url.replace('/graphql', `/imports/${id}`), {
        method: 'PUT',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${pipelineKey}` },
        body: csv,
      });
    const csv =
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nIMP-1,Darcel Schlecht,,,Prospecting,,,\n';
    const first = await put(csv);
    expect(first.status).toBe(200);
    const firstJob = await first.json();
    expect(firstJob).toMatchObject({ status: 'SUCCEEDED', inserted: 1 });

    const again = await put(csv);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstJob);

    const other = await put(csv.replace('IMP-1', 'IMP-2'));
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'This import already received another file; start a new import for this one',
      },
    });
    expect(await count("SELECT count(*) AS n FROM deal WHERE external_id IN ('IMP-1', 'IMP-2')", [])).toBe(1);
  });

  it('should refuse keys on queries, on several mutations at once, on anonymous calls and in a bad shape', async () => {
    expect(await send(admin, 'q-1', '{ me { name } }')).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' } }] },
    });
    const two = await send(
      admin,
      'two-1',
      'mutation { a: routeUnassignedDeals { routed } b: routeUnassignedDeals { routed } }',
    );
    expect(two.body.errors?.[0]).toMatchObject({
      message: 'A request with an Idempotency-Key holds exactly one mutation',
      extensions: { field: 'Idempotency-Key' },
    });
    const anonymous = await send(
      null,
      'login-1',
      'mutation { login(input: { email: "a@b.co", password: "whatever-1" }) { token } }',
    );
    expect(anonymous).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(
      (await send(manager, 'x'.repeat(256), CREATE_TOOL, toolInput('Nope'))).body.errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
  });
});
