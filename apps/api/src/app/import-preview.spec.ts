import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { parseCsv } from '@salesops/domain';

import { importFile } from '../testing/import-file';
import { TestApp } from '../testing/test-app';
import { TWO_DIGIT_COLUMNS } from '../testing/two-digit-mapping';

const DATA_DIR = resolve(__dirname, '../../../../data/crm-sales-opportunities');
const PIPELINE_CSV = readFileSync(join(DATA_DIR, 'sales_pipeline.csv'), 'utf8');
const TWO_DIGIT = readFileSync(resolve(__dirname, '../testing/fixtures/two-digit-years.csv'), 'utf8');

interface Job {
  id: string;
  status: string;
  dryRun: boolean;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  header: string | null;
  preview: {
    line: number;
    externalId: string;
    rep: string | null;
    account: string | null;
    product: string | null;
    stage: string;
    amount: { amount: string; currency: string } | null;
    engageDate: string | null;
    closeDate: string | null;
  }[];
}
const JOB_FIELDS = `id status dryRun rowsRead inserted updated unchanged rejected header
  preview { line externalId rep account product stage amount { amount currency } engageDate closeDate }`;

/** Another CRM's export: two-digit day-first years, its own stage names, columns the platform does not read. */
const TWO_DIGIT_MAPPING = {
  ...TWO_DIGIT_COLUMNS,
  refuseWarnings: ['CLOSE_BEFORE_ENGAGE'],
  stageNames: { won: 'Won', lost: 'Lost', 'lead in': 'Prospecting', qualified: 'Engaging' },
};

interface Rejection {
  line: number;
  reason: string;
  reasonKey: string | null;
  reasons: { key: string | null; params: string; text: string }[];
  raw: string;
}
const REJECTION_FIELDS = 'line reason reasonKey reasons { key params text } raw';

describe('imports: every problem of a row, a preview that stores nothing, any date layout', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, DATA_DIR);
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  /** Imports the text and reads the job back over GraphQL (the upload answers every field of the job). */
  async function run(text: string, options: { mapping?: Record<string, unknown>; dryRun?: boolean } = {}) {
    const { id } = await importFile<Job>(t, admin, text, { fields: 'id', ...options });
    const job = await t.gql<{ importJob: Job }>(
      `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`,
      { id },
      admin,
    );
    return job.data?.importJob as Job;
  }

  async function rejections(jobId: string): Promise<Rejection[]> {
    const result = await t.gql<{ importRejections: Rejection[] }>(
      `query($jobId: ID!) { importRejections(jobId: $jobId) { ${REJECTION_FIELDS} } }`,
      { jobId },
      admin,
    );
    return result.data?.importRejections ?? [];
  }

  /** What the database holds that an import could change. */
  async function stored() {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM deal)::int AS deals, (SELECT count(*) FROM deal_stage_change)::int AS changes,
              (SELECT md5(string_agg(d::text, ',' ORDER BY d.external_id)) FROM deal d) AS digest`,
    );
    return row as { deals: number; changes: number; digest: string };
  }

  it('should preview a file without storing a deal, then import it to the same counts', async () => {
    const before = await stored();
    const preview = await run(TWO_DIGIT, { mapping: TWO_DIGIT_MAPPING, dryRun: true });
    const counts = { status: 'PARTIAL', rowsRead: 8, inserted: 4, updated: 0, unchanged: 0, rejected: 4 };
    expect(preview).toMatchObject({ ...counts, dryRun: true });
    expect(await stored()).toEqual(before);

    // The first rows as they would be stored: names for ids, dates read day first with 20xx years.
    expect(preview.preview).toEqual([
      {
        line: 2,
        externalId: 'PD-1',
        rep: 'Moses Frase',
        account: 'Cancity',
        product: 'GTX Basic',
        stage: 'Won',
        amount: { amount: '1054.00', currency: 'USD' },
        engageDate: '2016-10-20',
        closeDate: '2017-03-01',
      },
      {
        line: 3,
        externalId: 'PD-2',
        rep: 'Darcel Schlecht',
        account: 'Isdom',
        product: 'GTX Pro',
        stage: 'Prospecting',
        amount: null,
        engageDate: '2016-10-25',
        closeDate: null,
      },
      {
        line: 4,
        externalId: 'PD-3',
        rep: 'Anna Snelling',
        account: 'Betasoloin',
        product: 'MG Special',
        stage: 'Engaging',
        amount: { amount: '55.00', currency: 'USD' },
        engageDate: '2017-01-03',
        closeDate: null,
      },
      expect.objectContaining({ line: 8, externalId: 'PD-7', stage: 'Lost' }),
    ]);

    const imported = await run(TWO_DIGIT, { mapping: TWO_DIGIT_MAPPING });
    expect(imported).toMatchObject({ ...counts, dryRun: false, preview: [] });
    const deals = await t.dataSource.query(
      "SELECT external_id, to_char(engage_date, 'YYYY-MM-DD') AS engage FROM deal WHERE external_id LIKE 'PD-%' ORDER BY 1",
    );
    expect(deals).toEqual([
      { external_id: 'PD-1', engage: '2016-10-20' },
      { external_id: 'PD-2', engage: '2016-10-25' },
      { external_id: 'PD-3', engage: '2017-01-03' },
      { external_id: 'PD-7', engage: '2017-03-05' },
    ]);
    // Previewed again now, the same file changes nothing.
    expect(await run(TWO_DIGIT, { mapping: TWO_DIGIT_MAPPING, dryRun: true })).toMatchObject({
      inserted: 0,
      unchanged: 4,
      rejected: 4,
    });
  });

  it('should count updated and unchanged rows against what is stored, and undo a stage change', async () => {
    const [header, first, second] = PIPELINE_CSV.split('\n');
    // The second row's deal is Won in the data set; the file says it is Lost now.
    const changed = second.replace(',Won,', ',Lost,');
    const before = await stored();
    const job = await run([header, first, changed].join('\n'), { dryRun: true });
    expect(job).toMatchObject({ status: 'SUCCEEDED', dryRun: true, inserted: 0, updated: 1, unchanged: 1 });
    expect(job.preview.map((row) => [row.externalId, row.stage])).toEqual([
      ['1C1I7A6R', 'Won'],
      ['Z063OYW0', 'Lost'],
    ]);
    expect(await stored()).toEqual(before);
    const [audit] = await t.dataSource.query(
      "SELECT summary_key FROM audit_event WHERE entity_id = $1 AND action = 'import.finish'",
      [job.id],
    );
    expect(audit.summary_key).toBe('import.finish.dry_run');
  });

  it('should give every reason of a refused row, grouped by reason with examples', async () => {
    const job = await run(TWO_DIGIT, { mapping: TWO_DIGIT_MAPPING, dryRun: true });
    const refused = await rejections(job.id);
    const keys = (row: Rejection) =>
      row.reasons.map((reason) => [reason.key, (JSON.parse(reason.params) as { column?: string }).column]);
    expect(refused.map((row) => [row.line, keys(row)])).toEqual([
      [
        5,
        [
          ['row.unknown_rep', 'owner'],
          ['row.negative_amount', 'value'],
          ['row.not_a_date', 'add_time'],
        ],
      ],
      [
        6,
        [
          ['row.unknown_stage', 'pipeline_stage'],
          ['row.unknown_product', 'product'],
          ['row.unknown_account', 'organization'],
          ['row.not_a_date', 'won_time'],
        ],
      ],
      [7, [['row.close_before_engage', 'won_time']]],
      [9, [['row.unknown_rep', 'owner']]],
    ]);
    // reason and reasonKey keep the first for older clients; reason holds every text.
    expect(refused[0]).toMatchObject({
      reasonKey: 'row.unknown_rep',
      reason:
        'owner "Nobody Known" is not a known rep; value "-5" is negative; add_time "31-02-17" is not a date written DD-MM-YY',
    });

    const groups = await t.gql<{
      importRejectionGroups: { key: string; column: string; rows: number; examples: { line: number }[] }[];
    }>(
      'query($jobId: ID!) { importRejectionGroups(jobId: $jobId) { key column rows examples { line } } }',
      { jobId: job.id },
      admin,
    );
    const shown = groups.data?.importRejectionGroups.map((g) => [
      g.key,
      g.column,
      g.rows,
      g.examples.map((e) => e.line),
    ]);
    expect(shown?.[0]).toEqual(['row.unknown_rep', 'owner', 2, [5, 9]]);
    expect(shown).toHaveLength(8);
    expect(shown).toContainEqual(['row.not_a_date', 'add_time', 1, [5]]);
    expect(shown).toContainEqual(['row.not_a_date', 'won_time', 1, [6]]);
  });

  it('should give refused rows back as a file to fix and import again', async () => {
    const job = await run(TWO_DIGIT, { mapping: TWO_DIGIT_MAPPING, dryRun: true });
    const refused = await rejections(job.id);
    const file = [job.header, ...refused.map((row) => row.raw)].join('\n');
    const [header, ...rows] = parseCsv(file);
    const original = parseCsv(TWO_DIGIT);
    expect(header).toEqual(original[0]);
    // The cells as they were, a quoted comma included.
    expect(rows).toEqual([original[4], original[5], original[6], original[8]]);
    const fixed = [header, ...rows]
      .map((cells) =>
        cells
          .map(
            (cell) =>
              ({
                'Nobody Known': 'Anna Snelling',
                '-5': '5',
                '31-02-17': '28-02-17',
                '04-03-17': '06-03-17',
              })[cell] ?? cell,
          )
          .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
          .join(','),
      )
      .join('\n');
    const again = await run(fixed, { mapping: TWO_DIGIT_MAPPING, dryRun: true });
    // The row with four problems stays refused; the others are fixed.
    expect(again).toMatchObject({ inserted: 3, rejected: 1 });
  });

  it('should create the accounts and products a file names when the mapping says so, not in a preview', async () => {
    const text = [
      'deal_id,owner,organization,product,pipeline_stage,add_time',
      'NEW-1,Anna Snelling,Brand New Co,Hoverboard,won,05-03-17',
      'NEW-2,Anna Snelling,brand new co.,HOVERBOARD,won,06-03-17',
      'NEW-3,Anna Snelling,Isdom Incorporated,GTX Pro,lost,06-03-17',
    ].join('\n');
    const mapping = {
      ...TWO_DIGIT_MAPPING,
      columns: { ...TWO_DIGIT_MAPPING.columns, closeDate: undefined, amount: undefined },
      accountNames: { 'isdom incorporated': 'Isdom' },
      createMissing: ['ACCOUNT', 'PRODUCT'],
    };
    const fields = 'newAccounts { count names } newProducts { count names }';
    const job = async (id: string) =>
      (
        await t.gql<{ importJob: Record<string, unknown> }>(
          `query($id: ID!) { importJob(id: $id) { ${fields} } }`,
          { id },
          admin,
        )
      ).data?.importJob;
    // Without createMissing, the unknown ones are refused.
    expect(await run(text, { mapping: { ...mapping, createMissing: [] }, dryRun: true })).toMatchObject({
      inserted: 1,
      rejected: 2,
    });
    const before = await stored();
    const [accounts, products] = [await t.count('account'), await t.count('product')];
    const preview = await run(text, { mapping, dryRun: true });
    expect(preview).toMatchObject({ inserted: 3, rejected: 0 });
    expect(await job(preview.id)).toEqual({
      newAccounts: { count: 1, names: ['Brand New Co'] },
      newProducts: { count: 1, names: ['Hoverboard'] },
    });
    expect([await t.count('account'), await t.count('product')]).toEqual([accounts, products]);
    expect(await stored()).toEqual(before);

    const imported = await run(text, { mapping });
    expect(imported).toMatchObject({ inserted: 3, rejected: 0 });
    expect(await job(imported.id)).toEqual(await job(preview.id));
    const deals = await t.dataSource.query(
      `SELECT d.external_id, a.name AS account, p.name AS product FROM deal d
         LEFT JOIN account a ON a.id = d.account_id LEFT JOIN product p ON p.id = d.product_id
        WHERE d.external_id LIKE 'NEW-%' ORDER BY 1`,
    );
    expect(deals).toEqual([
      { external_id: 'NEW-1', account: 'Brand New Co', product: 'Hoverboard' },
      { external_id: 'NEW-2', account: 'Brand New Co', product: 'Hoverboard' },
      { external_id: 'NEW-3', account: 'Isdom', product: 'GTX Pro' },
    ]);
    // Again: nothing new to create, nothing changed.
    const again = await run(text, { mapping });
    expect(again).toMatchObject({ unchanged: 3 });
    expect(await job(again.id)).toMatchObject({ newAccounts: { count: 0 }, newProducts: { count: 0 } });
  });

  it('should keep the mapping a file was read with, to read the next file the same way', async () => {
    const first = await run(TWO_DIGIT, { mapping: TWO_DIGIT_MAPPING, dryRun: true });
    const read = await t.gql<{ importJob: { mapping: string | null } }>(
      'query($id: ID!) { importJob(id: $id) { mapping } }',
      { id: first.id },
      admin,
    );
    const mapping = JSON.parse(read.data?.importJob.mapping ?? 'null');
    expect(mapping).toEqual({
      ...TWO_DIGIT_MAPPING,
      repBy: 'NAME',
      currency: 'USD',
      createMissing: [],
    });
    const second = await run(TWO_DIGIT, { mapping, dryRun: true });
    expect(second).toMatchObject({
      rowsRead: first.rowsRead,
      rejected: first.rejected,
      inserted: first.inserted,
    });
    // The default CRM export has no mapping to keep.
    const [header, row] = PIPELINE_CSV.split('\n');
    const plain = await run([header, row].join('\n'), { dryRun: true });
    const none = await t.gql<{ importJob: { mapping: string | null } }>(
      'query($id: ID!) { importJob(id: $id) { mapping } }',
      { id: plain.id },
      admin,
    );
    expect(none.data?.importJob.mapping).toBeNull();
  });

  it('should read a custom date pattern and refuse one it cannot read, naming the field', async () => {
    const text = 'id,stage,opened\nCP-1,Prospecting,2016.20.10\n';
    const mapping = {
      columns: { externalId: 'id', stage: 'stage', engageDate: 'opened' },
      datePattern: 'YYYY.DD.MM',
    };
    expect(await run(text, { mapping, dryRun: true })).toMatchObject({
      inserted: 1,
      preview: [expect.objectContaining({ engageDate: '2016-10-20' })],
    });
    const bad = await t.gql(
      'mutation($input: CreateDealImportInput!) { createDealImport(input: $input) { id } }',
      { input: { fileName: 'x.csv', mapping: { ...mapping, datePattern: 'YYYY-MM-DDTHH' } } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('datePattern');
  });
});
