import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { IMPORT_BATCH_SIZE, seedDemoPipeline } from '@salesops/api/pipeline';

import { importFile } from '../testing/import-file';
import { TestApp } from '../testing/test-app';

type Job = {
  id: string;
  status: string;
  rowsRead: number;
  inserted: number;
  unchanged: number;
  rejected: number;
};
const JOB_FIELDS = 'id status rowsRead inserted unchanged rejected';

const HEADER = 'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value';
/** Rows in three batches: a refusal and a flagged row in the second, a duplicate of the first in the third. */
const ROWS = IMPORT_BATCH_SIZE * 2 + 100;
const UNKNOWN_STAGE_AT = IMPORT_BATCH_SIZE + 10;
const FLAGGED_AT = IMPORT_BATCH_SIZE + 20;
const DUPLICATE_AT = IMPORT_BATCH_SIZE * 2 + 50;
/** The file line of the row at index i (the header is line 1). */
const line = (index: number) => index + 2;

function batchFile(): string {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    if (i === UNKNOWN_STAGE_AT) return `BAT-${i},Darcel Schlecht,GTX Pro,Isdom,Dreaming,2017-01-01,,`;
    if (i === FLAGGED_AT) return `BAT-${i},Darcel Schlecht,GTX Pro,Isdom,Won,2017-03-01,2017-02-01,100`;
    if (i === DUPLICATE_AT) return 'BAT-5,Darcel Schlecht,GTX Pro,Isdom,Lost,2017-01-01,2017-02-01,0';
    return i % 2 === 0
      ? `BAT-${i},Darcel Schlecht,GTX Pro,Isdom,Won,2017-01-0${1 + (i % 9)},2017-02-01,${100 + i}`
      : `BAT-${i},Darcel Schlecht,GTX Pro,Isdom,Engaging,2017-01-01,,${i}`;
  });
  return `${HEADER}\n${rows.join('\n')}\n`;
}

// The rollups the leaderboard reads, against the same figures counted from the deals themselves.
const ROLLUPS_DIFFER = `
  SELECT r.id FROM rep r
   WHERE (SELECT coalesce(sum(deals_won), 0) FROM rep_day_close WHERE rep_id = r.id)
           <> (SELECT count(*) FROM deal d JOIN sales_stage s ON s.id = d.stage_id
                WHERE d.rep_id = r.id AND s.kind = 'WON' AND d.close_date IS NOT NULL)
      OR (SELECT coalesce(sum(won_minor), 0) FROM rep_month_close WHERE rep_id = r.id)
           <> (SELECT coalesce(sum(d.amount_minor), 0) FROM deal d JOIN sales_stage s ON s.id = d.stage_id
                WHERE d.rep_id = r.id AND s.kind = 'WON' AND d.close_date IS NOT NULL)
      OR (SELECT coalesce(sum(deals), 0) FROM rep_stage_open WHERE rep_id = r.id)
           <> (SELECT count(*) FROM deal d JOIN sales_stage s ON s.id = d.stage_id WHERE d.rep_id = r.id AND s.kind = 'OPEN')`;

describe('import: a file of several batches', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  it('should refuse a row of the second batch and a duplicate across batches by line, and keep the rollups right', async () => {
    const text = batchFile();
    const job = await importFile<Job>(t, admin, text, { fields: JOB_FIELDS });
    expect(job).toMatchObject({ status: 'PARTIAL', rowsRead: ROWS, inserted: ROWS - 2, rejected: 2 });

    const refused: { line: number; reason_key: string; reason_params: Record<string, unknown> }[] =
      await t.dataSource.query(
        'SELECT line, reason_key, reason_params FROM import_rejection WHERE job_id = $1 ORDER BY line',
        [job.id],
      );
    expect(refused).toEqual([
      {
        line: line(UNKNOWN_STAGE_AT),
        reason_key: 'row.unknown_stage',
        reason_params: expect.objectContaining({ value: 'Dreaming' }),
      },
      {
        line: line(DUPLICATE_AT),
        reason_key: 'row.duplicate',
        reason_params: expect.objectContaining({ value: 'BAT-5', firstLine: line(5) }),
      },
    ]);
    const [stored]: { job: Record<string, unknown>; deals: number; lost: number }[] =
      await t.dataSource.query(
        `SELECT row_to_json(j) AS job,
              (SELECT count(*)::int FROM deal WHERE external_id LIKE 'BAT-%') AS deals,
              (SELECT count(*)::int FROM deal d JOIN sales_stage s ON s.id = d.stage_id
                WHERE d.external_id = 'BAT-5' AND s.name = 'Lost') AS lost
         FROM import_job j WHERE j.id = $1`,
        [job.id],
      );
    expect(stored.deals).toBe(ROWS - 2);
    // The first of two rows with the same id is the one stored.
    expect(stored.lost).toBe(0);
    expect(stored.job).toMatchObject({
      rows_read: ROWS,
      bytes_read: Buffer.byteLength(text),
      flagged: 1,
      warnings: { CLOSE_BEFORE_ENGAGE: { rows: 1, lines: [line(FLAGGED_AT)] } },
    });
    expect(await t.dataSource.query(ROLLUPS_DIFFER)).toEqual([]);
  });

  it('should change nothing when the same file of several batches is imported again', async () => {
    const changes = await t.count('deal_stage_change');
    const job = await importFile<Job>(t, admin, batchFile(), { fields: JOB_FIELDS });
    expect(job).toMatchObject({ status: 'PARTIAL', inserted: 0, unchanged: ROWS - 2, rejected: 2 });
    expect(await t.count('deal_stage_change')).toBe(changes);
    expect(await t.dataSource.query(ROLLUPS_DIFFER)).toEqual([]);
  });

  it('should store ids that an array literal must quote exactly as written, and refuse each repeat of an unknown stage by its line', async () => {
    // Each batch's columns go to PostgreSQL as array literals written by the importer: quotes, commas,
    // backslashes, braces, spaces and the text NULL must arrive as they were in the file.
    const ids = ['Q "one"', 'Q,two', 'Q\\three', '{Q4}', 'Q five', 'NULL', 'null'];
    const rows = ids.map(
      (id) => `"${id.replace(/"/g, '""')}",Darcel Schlecht,GTX Pro,Isdom,Won,2017-03-01,2017-02-01,100`,
    );
    // The same unknown stage on two lines: a remembered lookup must still refuse both.
    rows.push('Q-eight,Darcel Schlecht,GTX Pro,Isdom,Dreaming,2017-01-01,,');
    rows.push('Q-nine,Darcel Schlecht,GTX Pro,Isdom,Dreaming,2017-01-01,,');
    const job = await importFile<Job>(t, admin, `${HEADER}\n${rows.join('\n')}\n`, { fields: JOB_FIELDS });
    expect(job).toMatchObject({ status: 'PARTIAL', inserted: ids.length, rejected: 2 });

    const stored: { external_id: string; warnings: string[] }[] = await t.dataSource.query(
      'SELECT external_id, warnings FROM deal WHERE external_id = ANY($1) ORDER BY external_id',
      [ids],
    );
    expect(stored).toEqual(
      [...ids].sort().map((id) => ({ external_id: id, warnings: ['CLOSE_BEFORE_ENGAGE'] })),
    );
    const refused: { line: number; reason_key: string }[] = await t.dataSource.query(
      'SELECT line, reason_key FROM import_rejection WHERE job_id = $1 ORDER BY line',
      [job.id],
    );
    expect(refused).toEqual([
      { line: ids.length + 2, reason_key: 'row.unknown_stage' },
      { line: ids.length + 3, reason_key: 'row.unknown_stage' },
    ]);
    expect(await t.dataSource.query(ROLLUPS_DIFFER)).toEqual([]);
  });
});
