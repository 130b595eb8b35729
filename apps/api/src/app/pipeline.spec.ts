import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, DEMO_DOMAIN } from '@salesops/api/org';
import { CRM_EXPORT_MAPPING, DealImportService, seedDemoPipeline } from '@salesops/api/pipeline';
import { emailFromName } from '@salesops/domain';

import { importFile } from '../testing/import-file';
import { TestApp } from '../testing/test-app';

const DATA_DIR = resolve(__dirname, '../../../../data/crm-sales-opportunities');
const PIPELINE_CSV = readFileSync(join(DATA_DIR, 'sales_pipeline.csv'), 'utf8');

type Job = {
  id: string;
  status: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  errorKey?: string | null;
  errorParams?: string | null;
};
const JOB_FIELDS = 'id status rowsRead inserted updated unchanged rejected error';

describe('pipeline: the real CRM export', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const job = await seedDemoPipeline(t.dataSource, DATA_DIR);
    expect(job).toMatchObject({ status: 'SUCCEEDED', inserted: 8800, rejected: 0 });
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  const importText = (text: string, mapping?: Record<string, unknown>, chunkSize?: number): Promise<Job> =>
    importFile<Job>(t, admin, text, { fields: JOB_FIELDS, mapping, chunkSize });

  it('should hold the data set with the counts by stage of the export', async () => {
    const rows: { name: string; count: string }[] = await t.dataSource.query(
      'SELECT s.name, count(*) AS count FROM deal d JOIN sales_stage s ON s.id = d.stage_id GROUP BY s.name ORDER BY s.name',
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, Number(r.count)]))).toEqual({
      Engaging: 1589,
      Lost: 2473,
      Prospecting: 500,
      Won: 4238,
    });
    expect(await t.count('account')).toBe(85);
    expect(await t.count('product')).toBe(7);
  });

  it('should give Darcel Schlecht 1,153,214 of won revenue, exactly, with GTXPro matched to GTX Pro', async () => {
    const rows: { won: string }[] = await t.dataSource.query(
      `SELECT sum(d.amount_minor) AS won FROM deal d JOIN rep r ON r.id = d.rep_id JOIN sales_stage s ON s.id = d.stage_id
        WHERE r.name = 'Darcel Schlecht' AND s.kind = 'WON'`,
    );
    expect(rows[0].won).toBe('115321400');
    const gtx: { count: string }[] = await t.dataSource.query(
      "SELECT count(*) AS count FROM deal d JOIN product p ON p.id = d.product_id WHERE p.name = 'GTX Pro'",
    );
    expect(Number(gtx[0].count)).toBeGreaterThan(0);
  });

  it('should show agents without deals with none rather than failing', async () => {
    const rows: { name: string }[] = await t.dataSource.query(
      'SELECT r.name FROM rep r WHERE NOT EXISTS (SELECT 1 FROM deal d WHERE d.rep_id = r.id) ORDER BY r.name',
    );
    expect(rows).toHaveLength(5);
    const token = await t.login(emailFromName(rows[0].name, DEMO_DOMAIN));
    const deals = await t.gql<{ deals: { totalCount: number; edges: unknown[] } }>(
      '{ deals { totalCount edges { cursor } } }',
      {},
      token,
    );
    expect(deals.errors).toBeUndefined();
    expect(deals.data?.deals).toEqual({ totalCount: 0, edges: [] });
  });

  it('should change nothing when the same file is imported again, in small chunks', async () => {
    const changesBefore = await t.count('deal_stage_change');
    const job = await importText(PIPELINE_CSV, undefined, 999);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 8800,
      inserted: 0,
      updated: 0,
      unchanged: 8800,
      rejected: 0,
    });
    expect(await t.count('deal_stage_change')).toBe(changesBefore);
  });

  it('should update a changed row and record its stage change', async () => {
    const changed = PIPELINE_CSV.replace(
      /\n(\w+),([^,\n]+),([^,\n]+),([^,\n]*),Engaging,(\d{4}-\d{2}-\d{2}),,\n/,
      (_m, id, rep, product, account, engage) => {
        return `\n${id},${rep},${product},${account},Won,${engage},2017-12-30,1234\n`;
      },
    );
    expect(changed).not.toBe(PIPELINE_CSV);
    const job = await importText(changed);
    expect(job).toMatchObject({ status: 'SUCCEEDED', updated: 1, unchanged: 8799, inserted: 0 });
    const rows: { from_name: string; to_name: string; changed_on: string }[] = await t.dataSource.query(
      `SELECT f.name AS from_name, s.name AS to_name, to_char(c.changed_on, 'YYYY-MM-DD') AS changed_on
         FROM deal_stage_change c JOIN sales_stage s ON s.id = c.to_stage_id JOIN sales_stage f ON f.id = c.from_stage_id`,
    );
    expect(rows).toEqual([{ from_name: 'Engaging', to_name: 'Won', changed_on: '2017-12-30' }]);
  });

  it('should import another CRM through a column mapping and report every bad row with its line and reason', async () => {
    const messy = readFileSync(resolve(__dirname, '../testing/fixtures/other-crm.csv'), 'utf8');
    const mapping = {
      columns: {
        externalId: 'Deal ID',
        rep: 'Owner Email',
        account: 'Company',
        product: 'Item',
        stage: 'Status',
        engageDate: 'Created',
        closeDate: 'Closed',
        amount: 'Value (USD)',
      },
      repBy: 'EMAIL',
      stageNames: { 'Closed Won': 'Won', 'Closed Lost': 'Lost', 'In Conversation': 'Engaging' },
      dateFormat: 'DMY_SLASH',
      currency: 'USD',
    };
    const job = await importText(messy, mapping, 7);
    // Some rows stored, some refused: PARTIAL, never SUCCEEDED.
    expect(job).toMatchObject({ status: 'PARTIAL', rowsRead: 12, inserted: 4, rejected: 8 });
    // A file whose every row is refused stored nothing: FAILED, with its counts.
    const lines = messy.trimEnd().split(/\r?\n/);
    const refusedOnly = [lines[0], ...lines.slice(4, 10)].join('\n');
    expect(await importText(refusedOnly, mapping)).toMatchObject({
      status: 'FAILED',
      rowsRead: 6,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 6,
    });
    const [audit] = await t.dataSource.query(
      "SELECT summary_key FROM audit_event WHERE entity_id = $1 AND action = 'import.finish'",
      [job.id],
    );
    expect(audit.summary_key).toBe('import.finish.partial');
    const rejections = await t.gql<{
      importRejections: {
        line: number;
        reason: string;
        reasonKey: string | null;
        reasonParams: string | null;
      }[];
    }>(
      'query($jobId: ID!) { importRejections(jobId: $jobId) { line reason reasonKey reasonParams } }',
      { jobId: job.id },
      admin,
    );
    // Each reason also as its template and facts, for a client to word in its reader's language.
    expect(
      rejections.data?.importRejections.map((r) => [
        r.line,
        r.reasonKey,
        JSON.parse(r.reasonParams ?? 'null'),
      ]),
    ).toEqual([
      [5, 'row.unknown_rep', { column: 'Owner Email', value: 'nobody@salesops.demo' }],
      [6, 'row.unknown_product', { column: 'Item', value: 'Hoverboard' }],
      [7, 'row.unknown_stage', { column: 'Status', value: 'Negotiation' }],
      [8, 'row.not_a_date', { column: 'Created', value: '31/02/2017', format: 'DD/MM/YYYY' }],
      [9, 'row.not_an_amount', { column: 'Value (USD)', value: '12.3.4' }],
      [10, 'row.empty', { column: 'Deal ID' }],
      [11, 'row.duplicate', { column: 'Deal ID', value: 'HS-001', firstLine: 2 }],
      [12, 'row.unknown_account', { column: 'Company', value: 'Isdom, Inc' }],
    ]);
    expect(rejections.data?.importRejections.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 5, reason: 'Owner Email "nobody@salesops.demo" is not a known rep' },
      { line: 6, reason: 'Item "Hoverboard" is not a known product' },
      { line: 7, reason: 'Status "Negotiation" is not a stage of the sales process' },
      { line: 8, reason: 'Created "31/02/2017" is not a date written DD/MM/YYYY' },
      { line: 9, reason: 'Value (USD) "12.3.4" is not an amount' },
      { line: 10, reason: 'Deal ID is empty' },
      { line: 11, reason: 'Deal ID "HS-001" already appeared on line 2' },
      { line: 12, reason: 'Company "Isdom, Inc" is not a known account' },
    ]);
    const stored: { external_id: string; amount_minor: string | null; close_date: string | null }[] =
      await t.dataSource.query(
        "SELECT external_id, amount_minor, to_char(close_date, 'YYYY-MM-DD') AS close_date FROM deal WHERE external_id LIKE 'HS-%' ORDER BY external_id",
      );
    expect(stored).toEqual([
      { external_id: 'HS-001', amount_minor: '451400', close_date: '2017-03-11' },
      { external_id: 'HS-002', amount_minor: null, close_date: null },
      { external_id: 'HS-003', amount_minor: '0', close_date: '2017-01-15' },
      { external_id: 'HS-010', amount_minor: '120050', close_date: '2017-01-15' },
    ]);
  });

  it('should store every complete row before the place a file breaks, and say why it stopped', async () => {
    const importer = t.app.get(DealImportService);
    const header =
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n';
    const good = Array.from(
      { length: 1500 },
      (_, i) => `BRK-${i},Darcel Schlecht,GTX Pro,Isdom,Won,2017-01-01,2017-02-01,100`,
    ).join('\n');
    const job = await importer.createJob('broken.csv', null, null);
    const finished = await importer.run(
      job.id,
      Readable.from([header, good, '\nBRK-X,"unclosed']),
      CRM_EXPORT_MAPPING,
    );
    expect(finished.status).toBe('FAILED');
    expect(finished.error).toMatch(/Unclosed quote in the row starting on line 1502/);
    expect([finished.errorKey, finished.errorParams]).toEqual(['file.unclosed_quote', { line: 1502 }]);
    const stored: { count: string }[] = await t.dataSource.query(
      "SELECT count(*) AS count FROM deal WHERE external_id LIKE 'BRK-%'",
    );
    expect(Number(stored[0].count)).toBe(1500);
  });

  it('should refuse a file that lacks a mapped column, storing nothing', async () => {
    // The upload answers the job as GraphQL shows it, nothing more.
    expect(Object.keys(await importText(PIPELINE_CSV.slice(0, 200).replace(/\n[^\n]*$/, '\n')))).toEqual([
      'id',
      'fileName',
      'status',
      'bytesRead',
      'bytesTotal',
      'rowsRead',
      'inserted',
      'updated',
      'unchanged',
      'rejected',
      'flagged',
      'warnings',
      'error',
      'errorKey',
      'errorParams',
      'dryRun',
      'header',
      'mapping',
      'newAccounts',
      'newProducts',
      'preview',
      'startedAt',
      'finishedAt',
    ]);
    const before = await t.count('deal');
    const job = await importText('id,stage\n1,Won\n');
    expect(job).toMatchObject({ status: 'FAILED', inserted: 0 });
    expect(job.error).toMatch(/no column "opportunity_id"/);
    expect(job.errorKey).toBe('file.missing_columns');
    expect(JSON.parse(job.errorParams as string)).toEqual({
      columns: [
        'opportunity_id',
        'sales_agent',
        'product',
        'account',
        'deal_stage',
        'engage_date',
        'close_date',
        'close_value',
      ],
    });
    expect(await t.count('deal')).toBe(before);
  });

  it('should upsert deals for integrators all or nothing, naming the deal and field at fault', async () => {
    const upsert =
      'mutation($input: UpsertDealsInput!) { upsertDeals(input: $input) { inserted updated unchanged } }';
    const before = await t.count('deal');
    const bad = await t.gql(
      upsert,
      {
        input: {
          deals: [
            {
              externalId: 'API-1',
              stage: 'Won',
              repEmail: 'darcel.schlecht@salesops.demo',
              amount: '10.50',
              closeDate: '2017-05-01',
            },
            { externalId: 'API-2', stage: 'Nope' },
          ],
        },
      },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deals.1.stage' });
    expect(await t.count('deal')).toBe(before);
    const good = await t.gql(
      upsert,
      {
        input: {
          deals: [
            {
              externalId: 'API-1',
              stage: 'Won',
              repEmail: 'darcel.schlecht@salesops.demo',
              amount: '10.50',
              closeDate: '2017-05-01',
            },
          ],
        },
      },
      admin,
    );
    expect(good.data).toEqual({ upsertDeals: { inserted: 1, updated: 0, unchanged: 0 } });
    const again = await t.gql(
      upsert,
      {
        input: {
          deals: [
            {
              externalId: 'API-1',
              stage: 'Won',
              repEmail: 'darcel.schlecht@salesops.demo',
              amount: '10.50',
              closeDate: '2017-05-01',
            },
          ],
        },
      },
      admin,
    );
    expect(again.data).toEqual({ upsertDeals: { inserted: 0, updated: 0, unchanged: 1 } });
  });

  it('should answer each deal field alike asked alone or with all the others, reading only the columns asked for', async () => {
    const money = (name: string) => `${name} { amount minor currency }`;
    const fields = [
      'id',
      'externalId',
      'repId',
      'repName',
      'accountName',
      'productName',
      money('amount'),
      money('value'),
      money('listPrice'),
      'stageId',
      'stageName',
      'stageKind',
      'engageDate',
      'expectedCloseDate',
      'closeDatePushes',
      'closeDate',
      'warnings',
      'updatedAt',
    ];
    const page = async (selection: string) => {
      const answer = await t.gql<{ deals: { edges: { node: Record<string, unknown> }[] } }>(
        `{ deals(first: 100, sort: { field: ENGAGE_DATE, direction: DESC }) { edges { node { id ${selection} } } } }`,
        {},
        admin,
      );
      expect(answer.errors).toBeUndefined();
      return (answer.data?.deals.edges ?? []).map(({ node }) => node);
    };
    const all = await page(fields.join(' '));
    expect(all).toHaveLength(100);
    // The page mixes what the money fields tell apart: amounts, and open deals valued at list price.
    expect(all.some((deal) => deal['amount'] === null && deal['value'] !== null)).toBe(true);
    expect(all.some((deal) => deal['amount'] !== null)).toBe(true);
    const [stored]: { amount_minor: string | null; list_price_minor: string | null }[] =
      await t.dataSource.query(
        'SELECT d.amount_minor, p.list_price_minor FROM deal d LEFT JOIN product p ON p.id = d.product_id WHERE d.id = $1',
        [all.find((deal) => deal['amount'] === null)?.['id']],
      );
    expect(stored.amount_minor).toBeNull();
    expect(all.find((deal) => deal['amount'] === null)?.['value']).toMatchObject({
      minor: stored.list_price_minor,
    });
    for (const field of fields) {
      const key = field.split(' ')[0];
      expect((await page(field)).map((deal) => deal[key])).toEqual(all.map((deal) => deal[key]));
    }
    // Columns nobody asked for are not read.
    const [statement] = (await t.statementsOf(() => page('externalId amount { amount }'))).filter((text) =>
      /FROM deal/.test(text),
    );
    expect(statement).toMatch(/deal\.amount_minor/);
    expect(statement).not.toMatch(/updated_at|warnings|list_price_minor|account\.name|stage\.name/);
  });

  it("should list only a rep's own deals to that rep, and page by amount in numeric order", async () => {
    const rep = await t.login('darcel.schlecht@salesops.demo');
    const query = `query($after: String) { deals(first: 100, after: $after, sort: { field: AMOUNT, direction: DESC }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { repName amount { minor amount } } } } }`;
    const amounts: bigint[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: {
        data?: {
          deals: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { repName: string; amount: { minor: string } | null } }[];
          };
        } | null;
      } = await t.gql(query, { after }, rep);
      const deals = page.data?.deals;
      expect(deals).toBeDefined();
      expect(new Set(deals?.edges.map((e) => e.node.repName))).toEqual(new Set(['Darcel Schlecht']));
      amounts.push(...(deals?.edges ?? []).map((e) => BigInt(e.node.amount?.minor ?? -1)));
      if (!deals?.pageInfo.hasNextPage) break;
      after = deals.pageInfo.endCursor;
    }
    const sorted = [...amounts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    expect(amounts).toEqual(sorted);
    const total: { count: string }[] = await t.dataSource.query(
      "SELECT count(*) AS count FROM deal d JOIN rep r ON r.id = d.rep_id WHERE r.name = 'Darcel Schlecht'",
    );
    expect(amounts).toHaveLength(Number(total[0].count));
  });

  it("should value an open deal without an amount at its product's list price, and a closed one at its amount", async () => {
    const result = await t.gql<{
      deals: {
        edges: {
          node: {
            externalId: string;
            stageKind: string;
            amount: { minor: string } | null;
            value: { minor: string; currency: string } | null;
          };
        }[];
      };
    }>(
      '{ deals(first: 100, filter: { stageKind: OPEN }) { edges { node { externalId stageKind amount { minor } value { minor currency } } } } }',
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    const rows: { external_id: string; amount_minor: string | null; list_price_minor: string | null }[] =
      await t.dataSource.query(
        'SELECT d.external_id, d.amount_minor::text, p.list_price_minor::text FROM deal d LEFT JOIN product p ON p.id = d.product_id WHERE d.external_id = ANY($1)',
        [result.data?.deals.edges.map((e) => e.node.externalId)],
      );
    const byId = new Map(rows.map((row) => [row.external_id, row]));
    const edges = result.data?.deals.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) {
      const row = byId.get(node.externalId);
      expect(node.value?.minor ?? null).toBe(row?.amount_minor ?? row?.list_price_minor ?? null);
    }
    expect(edges.some((e) => e.node.amount === null && e.node.value !== null)).toBe(true);
    const won = await t.gql<{
      deals: { edges: { node: { amount: { minor: string }; value: { minor: string } } }[] };
    }>(
      '{ deals(first: 5, filter: { stageKind: WON }) { edges { node { amount { minor } value { minor } } } } }',
      {},
      admin,
    );
    for (const { node } of won.data?.deals.edges ?? []) expect(node.value).toEqual(node.amount);
  });
});
