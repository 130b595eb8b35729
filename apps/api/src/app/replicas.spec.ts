import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const CSV = [
  'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
  'REPL0001,Darcel Schlecht,GTX Plus Basic,Cancity,Won,2017-03-01,2017-03-20,4500',
  'REPL0002,Darcel Schlecht,GTX Plus Basic,Cancity,Lost,2017-03-02,2017-03-25,0',
].join('\n');

/** Two API processes on one database, as replicas behind a balancer: what one starts, the other finishes. */
describe('Two API processes on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: string;

  const upload = (t: TestApp, jobId: string, body: string) =>
    fetch(t.url.replace('/graphql', `/imports/${jobId}`), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` },
      body,
    });

  const createImport = async (t: TestApp, mapping?: Record<string, unknown>) => {
    const created = await t.gql<{ createDealImport: { id: string } }>(
      'mutation($input: CreateDealImportInput!) { createDealImport(input: $input) { id } }',
      { input: { fileName: 'replica.csv', mapping } },
      admin,
    );
    const id = created.data?.createDealImport.id;
    if (!id) throw new Error(JSON.stringify(created.errors));
    return id;
  };

  beforeAll(async () => {
    first = await TestApp.start();
    await seedDemoPipeline(first.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    second = await TestApp.beside(first);
    admin = await first.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('should take an import file on the other process than the one that started the import', async () => {
    const jobId = await createImport(first);
    const response = await upload(second, jobId, CSV);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: jobId, status: 'SUCCEEDED', inserted: 2 });
    const stored = await first.dataSource.query(
      `SELECT external_id FROM deal WHERE external_id LIKE 'REPL%' ORDER BY 1`,
    );
    expect(stored.map((row: { external_id: string }) => row.external_id)).toEqual(['REPL0001', 'REPL0002']);
    // The waiting mapping is gone once taken: the same file again is a replay, on either process.
    const again = await upload(first, jobId, CSV);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('should read the file with the mapping given when the import was started, wherever it arrives', async () => {
    const renamed = CSV.replace('deal_stage', 'Stage').replace(/,Won,/, ',Closed Won,');
    const jobId = await createImport(second, {
      columns: {
        externalId: 'opportunity_id',
        rep: 'sales_agent',
        product: 'product',
        account: 'account',
        stage: 'Stage',
        engageDate: 'engage_date',
        closeDate: 'close_date',
        amount: 'close_value',
      },
      repBy: 'NAME',
      stageNames: { 'Closed Won': 'Won' },
      dateFormat: 'YMD_DASH',
      currency: 'USD',
    });
    const response = await upload(first, jobId, renamed);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'SUCCEEDED', unchanged: 2, rejected: 0 });
  });

  it('should let only one of two uploads racing to the two processes import the file', async () => {
    const jobId = await createImport(first);
    const body = CSV.replace(/REPL/g, 'RACE');
    const [a, b] = await Promise.all([upload(first, jobId, body), upload(second, jobId, body)]);
    const statuses = [a.status, b.status].sort();
    // One imports; the other finds the job receiving its file (409) or, if it came after, replays it.
    expect(statuses[0]).toBe(200);
    expect([200, 409]).toContain(statuses[1]);
    const [{ count }] = await first.dataSource.query(
      `SELECT count(*)::int AS count FROM deal WHERE external_id LIKE 'RACE%'`,
    );
    expect(count).toBe(2);
    const replays = [a, b].filter((r) => r.headers.get('idempotent-replayed') === 'true');
    expect(replays.length).toBeLessThanOrEqual(1);
  });
});
