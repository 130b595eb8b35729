import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Role } from '@salesops/api/core';
import { UserService } from '@salesops/api/org';
import { ensureDefaultSalesProcess } from '@salesops/api/pipeline';

import { importFile } from '../testing/import-file';
import { TestApp } from '../testing/test-app';
import { TWO_DIGIT_COLUMNS } from '../testing/two-digit-mapping';

const FIXTURES = resolve(__dirname, '../testing/fixtures');
const DEALS = readFileSync(resolve(FIXTURES, 'six-stages-by-id.csv'), 'utf8');
const ORG = readFileSync(resolve(FIXTURES, 'org-by-id.csv'), 'utf8');

/** The file's cells, read here without the product's parser: quotes hold commas, no quote is escaped. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += char;
  }
  out.push(cell);
  return out;
}

function records(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n').map(cells);
  return lines.map((values) => Object.fromEntries(header.map((name, index) => [name, values[index] ?? ''])));
}

/** MM/DD/YYYY as YYYY-MM-DD; null for a month or day that does not exist. */
function usDate(text: string): string | null {
  const [month, day, year] = text.split('/').map(Number);
  if (!text) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date.toISOString().slice(0, 10)
    : null;
}

/**
 * A team's new database, as `npm run admin:create` leaves it: no demo, the first admin and the default sales
 * process; the app on it and the admin's token.
 */
async function newTeamDatabase(email: string): Promise<{ t: TestApp; admin: string }> {
  const t = await TestApp.start({}, { demoOrg: false });
  await t.app.get(UserService).create({ email, name: 'Ops', role: Role.ADMIN, password: 'first-admin-1' });
  await ensureDefaultSalesProcess(t.dataSource);
  return { t, admin: await t.login(email, 'first-admin-1') };
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The CRM's user ids and product ids, as the team maps them on the import screen. */
const ORG_ROWS = records(ORG);
const REP_NAMES = Object.fromEntries(ORG_ROWS.map((row) => [row['User ID'], row['Full name']]));
const PRODUCT_NAMES = { 'P-1': 'Cloud Suite', 'P-2': 'Data Hub', 'P-3': 'Edge Kit' };
const MAPPING = {
  columns: {
    externalId: 'Opportunity ID',
    rep: 'Owner ID',
    product: 'Product ID',
    account: 'Company',
    stage: 'Stage',
    engageDate: 'Created',
    closeDate: 'Closed',
    amount: 'Amount',
  },
  repNames: REP_NAMES,
  productNames: PRODUCT_NAMES,
  createMissing: ['ACCOUNT', 'PRODUCT'],
  stageNames: {
    Lead: 'Prospecting',
    Discovery: 'Qualified',
    'Proposal Sent': 'Proposal',
    Negotiation: 'Negotiation',
    'Closed Won': 'Won',
    'Closed Lost': 'Lost',
  },
  dateFormat: 'MDY_SLASH',
};

/** The rows a correct import stores, worked out here from the file: a known owner and real dates. */
const STORABLE = records(DEALS)
  .map((row) => ({
    id: row['Opportunity ID'],
    rep: REP_NAMES[row['Owner ID']],
    stage: row['Stage'],
    engage: usDate(row['Created']),
    close: usDate(row['Closed']),
    closeText: row['Closed'],
    amountMinor: row['Amount'] ? Math.round(Number(row['Amount'].replace(/,/g, '')) * 100) : null,
  }))
  .filter((row) => row.rep !== undefined && row.engage !== null && (row.close !== null || !row.closeText));
const EARLY = STORABLE.filter((row) => row.close !== null && row.engage !== null && row.close < row.engage);

/** What the leaderboard must say of each rep for a month, from the file alone. */
function expectedMonth(month: string) {
  return Object.values(REP_NAMES).map((rep) => {
    const closed = STORABLE.filter((row) => row.rep === rep && row.close?.startsWith(month));
    const won = closed.filter((row) => row.stage === 'Closed Won');
    const lost = closed.filter((row) => row.stage === 'Closed Lost');
    // Flagged deals (close before engage) are left out of the cycle time.
    const cycles = won
      .filter((row) => !EARLY.includes(row))
      .map((row) => days(row.engage ?? '', row.close ?? ''));
    return {
      repName: rep,
      wonMinor: String(won.reduce((sum, row) => sum + (row.amountMinor ?? 0), 0)),
      dealsWon: won.length,
      dealsLost: lost.length,
      winRate: won.length + lost.length === 0 ? null : won.length / (won.length + lost.length),
      cycle:
        cycles.length === 0
          ? null
          : Math.round((cycles.reduce((sum, value) => sum + value, 0) / cycles.length) * 10) / 10,
    };
  });
}

interface Job {
  id: string;
  status: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  flagged: number;
  warnings: { warning: string; rows: number; lines: number[] }[];
  newProducts: { count: number; names: string[] };
  preview: { externalId: string; rep: string; product: string; stage: string; warnings: string[] }[];
}
const JOB_FIELDS =
  'id status rowsRead inserted updated unchanged rejected flagged warnings { warning rows lines } ' +
  'newProducts { count names } preview { externalId rep product stage warnings }';

describe('another CRM from an empty database: six stages, reps and products by id, deals closed before they were created', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    ({ t, admin } = await newTeamDatabase('ops@other-crm.test'));
  });

  afterAll(() => t.stop());

  it('should start empty: no rep, team, product or deal', async () => {
    for (const table of ['rep', 'team', 'product', 'account', 'deal'])
      expect([table, await t.count(table)]).toEqual([table, 0]);
  });

  it('should list, from a first preview, every stage, rep and product name the database does not know', async () => {
    const { columns, dateFormat } = MAPPING;
    const first = await importFile<Job>(t, admin, DEALS, {
      fields: JOB_FIELDS,
      mapping: { columns, dateFormat, createMissing: ['ACCOUNT'] },
      dryRun: true,
    });
    expect(first).toMatchObject({ status: 'FAILED', inserted: 0, rejected: 20 });
    const names = await t.gql<{
      importUnknownNames: { kind: string; value: string; column: string; rows: number }[];
    }>(
      'query($jobId: ID!) { importUnknownNames(jobId: $jobId) { kind value column rows } }',
      { jobId: first.id },
      admin,
    );
    const count = (column: string, skip: string[] = []) => {
      const tally = new Map<string, number>();
      for (const row of records(DEALS)) {
        const value = row[column];
        if (value && !skip.includes(value)) tally.set(value, (tally.get(value) ?? 0) + 1);
      }
      return tally;
    };
    const listed = (kind: string) =>
      new Map(
        (names.data?.importUnknownNames ?? [])
          .filter((name) => name.kind === kind)
          .map((name) => [name.value, name.rows]),
      );
    // Negotiation is a stage of the default process; the other five are not.
    expect(listed('STAGE')).toEqual(count('Stage', ['Negotiation']));
    expect(listed('REP')).toEqual(count('Owner ID'));
    expect(listed('PRODUCT')).toEqual(count('Product ID'));
    expect(listed('ACCOUNT').size).toBe(0);
    expect(names.data?.importUnknownNames[0]).toMatchObject({ column: expect.any(String) });
  });

  it('should take the org file, then preview the deal file without storing anything', async () => {
    const org = await t.gql<{ importOrg: { repsCreated: number; teamsCreated: number; refused: unknown[] } }>(
      'mutation($input: ImportOrgInput!) { importOrg(input: $input) { repsCreated teamsCreated refused { line } } }',
      {
        input: {
          rows: ORG_ROWS.map((row) => ({
            rep: row['Full name'],
            manager: row['Manager'],
            region: row['Region'],
          })),
          emailDomain: 'other-crm.test',
          membershipFrom: '2025-01-01',
        },
      },
      admin,
    );
    expect(org.data?.importOrg).toEqual({ repsCreated: 3, teamsCreated: 4, refused: [] });

    const preview = await importFile<Job>(t, admin, DEALS, {
      fields: JOB_FIELDS,
      mapping: MAPPING,
      dryRun: true,
    });
    expect(STORABLE).toHaveLength(18);
    expect(EARLY.length / STORABLE.length).toBeCloseTo(1 / 3);
    expect(preview).toMatchObject({
      status: 'PARTIAL',
      rowsRead: 20,
      inserted: STORABLE.length,
      rejected: 2,
      flagged: EARLY.length,
      warnings: [{ warning: 'CLOSE_BEFORE_ENGAGE', rows: EARLY.length, lines: [4, 8, 9] }],
      newProducts: { count: 3, names: ['Cloud Suite', 'Data Hub', 'Edge Kit'] },
    });
    expect(preview.preview[2]).toMatchObject({
      line: 4,
      externalId: 'OPP-003',
      rep: 'Ava Stone',
      product: 'Cloud Suite',
      stage: 'Won',
      warnings: ['CLOSE_BEFORE_ENGAGE'],
    });
    expect([await t.count('deal'), await t.count('product'), await t.count('account')]).toEqual([0, 0, 0]);

    // The same file with a mapping that refuses such rows: they join the refused ones.
    const strict = await importFile<Job>(t, admin, DEALS, {
      fields: JOB_FIELDS,
      mapping: { ...MAPPING, refuseWarnings: ['CLOSE_BEFORE_ENGAGE'] },
      dryRun: true,
    });
    expect(strict).toMatchObject({
      inserted: STORABLE.length - EARLY.length,
      rejected: 2 + EARLY.length,
      flagged: 0,
    });
  });

  it('should import it, flag the early closes and give the leaderboard the figures the file says', async () => {
    const job = await importFile<Job>(t, admin, DEALS, { fields: JOB_FIELDS, mapping: MAPPING });
    expect(job).toMatchObject({ status: 'PARTIAL', inserted: 18, rejected: 2, flagged: 6 });
    const stages = await t.dataSource.query('SELECT count(DISTINCT stage_id)::int AS n FROM deal');
    expect(stages[0].n).toBe(6);

    const flagged = await t.gql<{
      deals: { totalCount: number; edges: { node: { externalId: string; warnings: string[] } }[] };
    }>(
      '{ deals(first: 50, filter: { flagged: true }) { totalCount edges { node { externalId warnings } } } }',
      {},
      admin,
    );
    expect(flagged.data?.deals.totalCount).toBe(EARLY.length);
    expect(flagged.data?.deals.edges.map((edge) => edge.node.externalId).sort()).toEqual(
      EARLY.map((row) => row.id).sort(),
    );
    expect(
      flagged.data?.deals.edges.every((edge) => edge.node.warnings.join() === 'CLOSE_BEFORE_ENGAGE'),
    ).toBe(true);
    const plain = await t.gql<{ deals: { totalCount: number } }>(
      '{ deals(filter: { flagged: false }) { totalCount } }',
      {},
      admin,
    );
    expect(plain.data?.deals.totalCount).toBe(STORABLE.length - EARLY.length);

    // Deals by stage, as the file's stages map onto the process.
    const process = await t.gql<{ salesStages: { id: string; name: string }[] }>(
      '{ salesStages { id name } }',
      {},
      admin,
    );
    for (const stage of process.data?.salesStages ?? []) {
      const counted = await t.gql<{ deals: { totalCount: number } }>(
        'query($stageId: ID!) { deals(filter: { stageId: $stageId }) { totalCount } }',
        { stageId: stage.id },
        admin,
      );
      const inFile = STORABLE.filter(
        (row) => MAPPING.stageNames[row.stage as keyof typeof MAPPING.stageNames] === stage.name,
      );
      expect([stage.name, counted.data?.deals.totalCount]).toEqual([stage.name, inFile.length]);
    }

    // The top three reps of the year by won revenue.
    const year = await t.gql<{ leaderboard: { rows: { repName: string; wonRevenue: { minor: string } }[] } }>(
      '{ leaderboard(period: "FY2026", first: 3, rankBy: WON_REVENUE) { rows { repName wonRevenue { minor } } } }',
      {},
      admin,
    );
    const wonBy = new Map<string, number>();
    for (const row of STORABLE.filter(
      (deal) => deal.stage === 'Closed Won' && deal.close?.startsWith('2026'),
    ))
      wonBy.set(row.rep, (wonBy.get(row.rep) ?? 0) + (row.amountMinor ?? 0));
    const top = [...wonBy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(year.data?.leaderboard.rows.map((row) => [row.repName, row.wonRevenue.minor])).toEqual(
      top.map(([rep, minor]) => [rep, String(minor)]),
    );

    for (const month of ['2026-03', '2026-04']) {
      const board = await t.gql<{
        leaderboard: {
          rows: {
            repName: string;
            wonRevenue: { minor: string };
            dealsWon: number;
            dealsLost: number;
            winRate: number | null;
            salesCycleDays: number | null;
          }[];
        };
      }>(
        'query($period: String!) { leaderboard(period: $period) { rows { repName wonRevenue { minor } dealsWon dealsLost winRate salesCycleDays } } }',
        { period: month },
        admin,
      );
      const shown = (board.data?.leaderboard.rows ?? []).map((row) => ({
        repName: row.repName,
        wonMinor: row.wonRevenue.minor,
        dealsWon: row.dealsWon,
        dealsLost: row.dealsLost,
        winRate: row.winRate === null ? null : Math.round(row.winRate * 1e4) / 1e4,
        cycle: row.salesCycleDays,
      }));
      const expected = expectedMonth(month).map((rep) => ({
        ...rep,
        winRate: rep.winRate === null ? null : Math.round(rep.winRate * 1e4) / 1e4,
      }));
      expect([month, shown.sort((a, b) => a.repName.localeCompare(b.repName))]).toEqual([month, expected]);
    }
  });

  it('should change nothing when the same file comes again, and clear a warning once the row is fixed', async () => {
    const again = await importFile<Job>(t, admin, DEALS, { fields: JOB_FIELDS, mapping: MAPPING });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 18, rejected: 2, flagged: 6 });

    const fixed = DEALS.replace(
      'OPP-003,U-101,P-1,Cedar Inc,Closed Won,03/20/2026',
      'OPP-003,U-101,P-1,Cedar Inc,Closed Won,02/20/2026',
    );
    const after = await importFile<Job>(t, admin, fixed, { fields: JOB_FIELDS, mapping: MAPPING });
    expect(after).toMatchObject({ updated: 1, unchanged: 17, flagged: 5 });
    const [deal] = await t.dataSource.query("SELECT warnings FROM deal WHERE external_id = 'OPP-003'");
    expect(deal.warnings).toEqual([]);
    // Its cycle (Feb 20 to Mar 5, 13 days) now counts in Ava Stone's March.
    const board = await t.gql<{
      leaderboard: { rows: { repName: string; salesCycleDays: number | null }[] };
    }>('{ leaderboard(period: "2026-03") { rows { repName salesCycleDays } } }', {}, admin);
    const ava = board.data?.leaderboard.rows.find((row) => row.repName === 'Ava Stone');
    const cycles = [days('2026-01-05', '2026-03-02'), days('2026-02-10', '2026-03-15'), 13];
    expect(ava?.salesCycleDays).toBe(
      Math.round((cycles.reduce((a, b) => a + b, 0) / cycles.length) * 10) / 10,
    );
  });
});

describe('another CRM from an empty database: two-digit day-first years, extra columns, reps by name', () => {
  const TWO_DIGIT = readFileSync(resolve(FIXTURES, 'two-digit-years.csv'), 'utf8');
  const FILE = records(TWO_DIGIT);
  /** DD-MM-YY as YYYY-MM-DD (00-69 is 20xx); null for a day that does not exist or a cell that is no date. */
  const dayFirst = (text: string): string | null => {
    const match = /^(\d{2})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return null;
    const [day, month, yy] = match.slice(1).map(Number);
    const year = yy < 70 ? 2000 + yy : 1900 + yy;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
      ? date.toISOString().slice(0, 10)
      : null;
  };
  // The team's people: every owner the file names but one who left (their rows must be refused).
  const PEOPLE = [...new Set(FILE.map((row) => row['owner']))].filter((owner) => owner !== 'Nobody Known');
  const KIND: Record<string, 'WON' | 'LOST' | 'OPEN'> = { won: 'WON', lost: 'LOST' };
  const STORED = FILE.filter(
    (row) =>
      PEOPLE.includes(row['owner']) &&
      !row['value'].startsWith('-') &&
      dayFirst(row['add_time']) !== null &&
      (row['won_time'] === '' || dayFirst(row['won_time']) !== null),
  ).map((row) => ({
    rep: row['owner'],
    kind: KIND[row['pipeline_stage']] ?? 'OPEN',
    engage: dayFirst(row['add_time']) ?? '',
    close: dayFirst(row['won_time']),
    minor: row['value'] ? Math.round(Number(row['value'].replace(/,/g, '')) * 100) : 0,
  }));
  const MAPPING_2 = {
    ...TWO_DIGIT_COLUMNS,
    stageNames: { won: 'Won', lost: 'Lost', 'lead in': 'Prospecting', qualified: 'Qualified' },
    createMissing: ['ACCOUNT', 'PRODUCT'],
  };
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    ({ t, admin } = await newTeamDatabase('ops@two.test'));
  });

  afterAll(() => t.stop());

  it('should preview, import and give the leaderboard what the file says', async () => {
    const org = await t.gql<{ importOrg: { repsCreated: number } }>(
      'mutation($input: ImportOrgInput!) { importOrg(input: $input) { repsCreated } }',
      {
        input: {
          rows: PEOPLE.map((rep) => ({ rep, team: 'Field' })),
          emailDomain: 'two.test',
          membershipFrom: '2016-01-01',
        },
      },
      admin,
    );
    expect(org.data?.importOrg.repsCreated).toBe(PEOPLE.length);

    const preview = await importFile<Job>(t, admin, TWO_DIGIT, {
      fields: JOB_FIELDS,
      mapping: MAPPING_2,
      dryRun: true,
    });
    expect(preview).toMatchObject({ inserted: STORED.length, rejected: FILE.length - STORED.length });
    expect(await t.count('deal')).toBe(0);
    const job = await importFile<Job>(t, admin, TWO_DIGIT, { fields: JOB_FIELDS, mapping: MAPPING_2 });
    expect(job).toMatchObject({ inserted: STORED.length, rejected: FILE.length - STORED.length, flagged: 1 });

    const board = await t.gql<{
      leaderboard: {
        rows: {
          repName: string;
          wonRevenue: { minor: string };
          dealsWon: number;
          dealsLost: number;
          salesCycleDays: number | null;
        }[];
      };
    }>(
      '{ leaderboard(period: "2017-03", first: 10) { rows { repName wonRevenue { minor } dealsWon dealsLost salesCycleDays } } }',
      {},
      admin,
    );
    const expected = PEOPLE.map((rep) => {
      const closed = STORED.filter((deal) => deal.rep === rep && deal.close?.startsWith('2017-03'));
      const won = closed.filter((deal) => deal.kind === 'WON');
      const cycles = won
        .filter((deal) => (deal.close ?? '') >= deal.engage)
        .map((deal) => days(deal.engage, deal.close ?? ''));
      return {
        repName: rep,
        wonRevenue: { minor: String(won.reduce((sum, deal) => sum + deal.minor, 0)) },
        dealsWon: won.length,
        dealsLost: closed.filter((deal) => deal.kind === 'LOST').length,
        salesCycleDays: cycles.length
          ? Math.round((cycles.reduce((a, b) => a + b, 0) / cycles.length) * 10) / 10
          : null,
      };
    });
    expect(
      [...(board.data?.leaderboard.rows ?? [])].sort((a, b) => a.repName.localeCompare(b.repName)),
    ).toEqual(expected.sort((a, b) => a.repName.localeCompare(b.repName)));
  });
});
