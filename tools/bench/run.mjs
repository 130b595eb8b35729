// Benchmark at scale (see docs/benchmarks.md): generated data in a fresh PostgreSQL database, the built
// API under concurrent load, SQL statements per request, and CSV import throughput beside COPY.
// Usage: node tools/bench/run.mjs [--reps 10000] [--deals 1000000] [--concurrency 16] [--requests 320] [--import-rows 100000] [--only load|import|comp|forecast]
// Needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and psql.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import pg from 'pg';

import { API_CLI, API_MAIN, freePort, nx, run, waitForOk } from '../scripts/lib.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((p) => p.trim().split(/\s+/)),
);
const REPS = Number(args.reps ?? 10_000);
const DEALS = Number(args.deals ?? 1_000_000);
const CONCURRENCY = Number(args.concurrency ?? 16);
const REQUESTS = Number(args.requests ?? 320);
const IMPORT_ROWS = Number(args['import-rows'] ?? 100_000);
const ONLY = args.only ?? null; // load: requests only; import: the import only; comp: compensation; forecast: forecasting
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `salesops_bench_${Date.now().toString(36)}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const tmp = mkdtempSync(join(tmpdir(), 'salesops-bench-'));
const results = [];

/** Runs psql on the bench database with `args` (`-c <sql>`, `-f <file>`, `-v name=value`); stops at an error. */
function psql(...args) {
  execFileSync('psql', [dbUrl, '-q', '-v', 'ON_ERROR_STOP=1', ...args], { stdio: 'inherit' });
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function startApi(env) {
  // BENCH_API_NODE_ARGS: flags for the API's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  return {
    child,
    output: () => output,
    stop: () => new Promise((resolve) => (child.kill('SIGTERM'), child.on('exit', resolve))),
  };
}

async function gql(base, token, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(name, base, token, query, variables) {
  for (let i = 0; i < 3; i++) await gql(base, token, query, variables);
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const t0 = performance.now();
        await gql(base, token, query, variables);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
  };
  results.push(row);
  console.log(
    `${name}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, ${row.rps.toFixed(1)} req/s`,
  );
}

const LEADERBOARD =
  'query($p: String!) { leaderboard(period: $p, first: 100) { rows { rank repName wonRevenue { amount } winRate openPipeline { amount } } } }';
const REPS_PAGE =
  'query($n: Int!) { reps(first: $n) { totalCount edges { node { name team { name repCount manager { name } } } } } }';
const TEAMS =
  'query($p: String!) { teamPerformance(period: $p) { teamId name parentId reps wonRevenue { amount } attainment openPipeline { amount } pipelineCoverage } }';
const SURVEY_RESULTS = `{ surveyResults(surveyId: "00000000-0000-4000-8000-00000000b002") { responses responseRate
  questions { mean csat nps { score } distribution { label count } texts { text } } notAnswered { repName } } }`;
const SCORECARD =
  '{ toolScorecard { tool { name utilisation } latestCsat latestNps signal reasons trend { csat } satisfactionVsPerformance { correlation } } }';
const DEALS_PAGE =
  '{ deals(first: 100, filter: { stageKind: WON }, sort: { field: AMOUNT, direction: DESC }) { totalCount edges { node { externalId amount { amount } } } } }';

/**
 * Compensation at scale: FY2017-Q3 goals for every rep and team, a 75/25 quarterly plan assigned to every
 * region (so every rep), then the whole quarter's statements in one request, one rep's statement under
 * load, and closing the quarter (which computes and stores every statement in one transaction).
 */
async function compensation(base, token) {
  psql(
    '-c',
    `
    INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
    SELECT gen_random_uuid(), r.id, NULL, 'FY2017-Q3', '2017-07-01', '2017-10-01', 'WON_REVENUE', 2000000 + (abs(hashtext(r.id::text)) % 100) * 100000, 'USD' FROM rep r;
    INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
    SELECT gen_random_uuid(), NULL, t.id, 'FY2017-Q3', '2017-07-01', '2017-10-01', 'WON_REVENUE', 300000000, 'USD' FROM team t;`,
  );
  const curve =
    '{ kind: TIERED, threshold: "0.5", tiers: [{ upTo: "1", rate: "1" }, { rate: "2" }], cap: "2" }';
  const plan = (
    await gql(
      base,
      token,
      `mutation { createCompPlan(input: { name: "Bench plan", content: { payFrequency: QUARTER, effectiveFrom: "2017-01-01", document: "bench",
      rules: { currency: "USD", targetVariableMinor: "1000000", measures: [
        { key: "own", label: "Own", metric: WON_REVENUE, scope: REP, weight: "0.75", curve: ${curve} },
        { key: "team", label: "Team", metric: WON_REVENUE, scope: TEAM, weight: "0.25", curve: ${curve} }] } } }) { id } }`,
    )
  ).createCompPlan;
  await gql(base, token, 'mutation($id: ID!) { publishPlanVersion(input: { versionId: $id }) { id } }', {
    id: plan.id,
  });
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const regions = (await client.query('SELECT id FROM team WHERE parent_id IS NULL')).rows;
  const oneRep = (await client.query('SELECT id FROM rep ORDER BY name LIMIT 1')).rows[0].id;
  await client.end();
  let t0 = performance.now();
  for (const region of regions)
    await gql(base, token, 'mutation($i: AssignPlanInput!) { assignPlan(input: $i) { id } }', {
      i: { planVersionId: plan.id, teamId: region.id, validFrom: '2017-01-01' },
    });
  console.log(`Assigned every rep to the plan in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const all = (await gql(base, token, '{ payoutStatements(period: "FY2017-Q3") { totalMinor } }'))
    .payoutStatements;
  const liveSeconds = (performance.now() - t0) / 1000;
  console.log(`Live statements for FY2017-Q3: ${all.length} in ${liveSeconds.toFixed(1)} s`);
  results.push({
    name: `all ${all.length} live statements of a quarter, one request`,
    p50: liveSeconds * 1000,
    p95: NaN,
    p99: NaN,
    rps: NaN,
  });
  const STATEMENT =
    'query($r: ID!) { payoutStatement(repId: $r, period: "FY2017-Q3") { total lines { formula amount } } }';
  await load("one rep's statement, live (open quarter)", base, token, STATEMENT, { r: oneRep });
  t0 = performance.now();
  await gql(base, token, 'mutation { closePayPeriod(input: { period: "FY2017-Q3" }) { status } }');
  const closeSeconds = (performance.now() - t0) / 1000;
  console.log(`Closed FY2017-Q3, freezing ${all.length} statements, in ${closeSeconds.toFixed(1)} s`);
  results.push({
    name: `close the quarter: compute and store ${all.length} statements`,
    p50: closeSeconds * 1000,
    p95: NaN,
    p99: NaN,
    rps: NaN,
  });
  await load("one rep's statement, frozen (closed quarter)", base, token, STATEMENT, { r: oneRep });
}

/** A version 7 UUID in SQL (PostgreSQL 15 has no uuidv7()): a random one with the time in ms over its first 48 bits. */
const UUID_V7_SQL = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid`;

const NEXT_QUARTER = { p: 'FY2018-Q1', a: '2018-01-01' };
const SUGGESTIONS =
  'query($p: String!, $a: String) { forecastGoalSuggestions(period: $p, asOf: $a) { rows { subjectId subjectKind method p10 p50 p90 suggestedTarget flag } } }';
const FORECAST_PAGE = `query($id: ID, $p: String!, $a: String) { forecast(subject: TEAM, subjectId: $id, period: $p, asOf: $a) {
  recommendedMethod statement history { month value } methods { method family point p10 p50 p90 wape bias coverage origins note } } }`;

/** Kilobytes of a /proc/<pid>/status field (VmRSS now, VmHWM the peak so far). */
function memoryKb(pid, field) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
}

/** Milliseconds of CPU (user + system) a process has used, from /proc/<pid>/stat; 0 once it has ended. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** CPU milliseconds of every server process serving the benchmark's database, by pid. */
async function databaseCpuMs() {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const pids = (
    await client.query(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    )
  ).rows.map((row) => row.pid);
  await client.end();
  return new Map(pids.map((pid) => [pid, cpuMs(pid)]));
}

/**
 * Forecasting at scale, on a freshly started API (so the peak memory is this step's): every rep's and
 * team's forecast for the next quarter in one request (what goal suggestions compute), twice (cold, then
 * warm), then the forecast page of one region under concurrent load.
 */
async function forecasting(base, token, api) {
  const rssBefore = memoryKb(api.child.pid, 'VmRSS');
  for (const pass of ['cold', 'warm']) {
    const t0 = performance.now();
    const rows = (await gql(base, token, SUGGESTIONS, NEXT_QUARTER)).forecastGoalSuggestions.rows;
    const seconds = (performance.now() - t0) / 1000;
    const forecast = rows.filter((row) => row.p50 !== null).length;
    console.log(
      `Forecast ${rows.length} reps and teams for FY2018-Q1 (${forecast} with an interval), ${pass}: ${seconds.toFixed(1)} s`,
    );
    results.push({
      name: `forecast every rep and team for the next quarter (${rows.length} subjects), ${pass}`,
      p50: seconds * 1000,
      p95: NaN,
      p99: NaN,
      rps: NaN,
    });
  }
  const peak = memoryKb(api.child.pid, 'VmHWM');
  console.log(
    `API memory: ${(rssBefore / 1024).toFixed(0)} MB resident before, ${(peak / 1024).toFixed(0)} MB peak after (+${((peak - rssBefore) / 1024).toFixed(0)} MB)`,
  );
  results.push({
    name: `API peak resident memory, MB (before: ${(rssBefore / 1024).toFixed(0)})`,
    p50: peak / 1024,
    p95: NaN,
    p99: NaN,
    rps: NaN,
  });
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const region = (await client.query('SELECT id FROM team WHERE parent_id IS NULL ORDER BY name LIMIT 1'))
    .rows[0].id;
  await client.end();
  await load('forecast page: one region, next quarter, every method', base, token, FORECAST_PAGE, {
    id: region,
    ...NEXT_QUARTER,
  });
  return region;
}

try {
  await nx(['run', 'api:build', '--outputStyle=static']);
  await admin(`CREATE DATABASE ${dbName}`);
  // The load comes from one admin: the per-user rate limit would measure the limiter, not the queries.
  const env = {
    DATABASE_URL: dbUrl,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_USER_PER_MINUTE: '0',
    FORECAST_SNAPSHOT_MINUTES: '0',
  };
  await run(process.execPath, [API_CLI, 'migrate'], { env: { ...process.env, ...env } });
  let t0 = performance.now();
  psql('-v', `reps=${REPS}`, '-v', `deals=${DEALS}`, '-f', 'tools/bench/generate.sql');
  psql('-f', 'tools/bench/generate-surveys.sql');
  console.log(
    `Generated ${REPS} reps, ${DEALS} deals and a survey answered by every rep in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await run(process.execPath, [API_CLI, 'create-admin', '--email', 'bench@bench.test', '--name', 'Bench'], {
    env: { ...process.env, ...env, ADMIN_PASSWORD: 'bench-password-1' },
  });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let api = startApi({ ...env, PORT: String(port) });
  await waitForOk(`${base}/ready`, 120_000);
  const token = (
    await gql(
      base,
      null,
      'mutation { login(input: { email: "bench@bench.test", password: "bench-password-1" }) { token } }',
    )
  ).login.token;
  let region = null;
  if (ONLY === null || ONLY === 'forecast') region = await forecasting(base, token, api);
  if (ONLY === null || ONLY === 'comp') await compensation(base, token);
  if (ONLY === null || ONLY === 'load') {
    await load('leaderboard, quarter (FY2017-Q3), 100 rows', base, token, LEADERBOARD, { p: 'FY2017-Q3' });
    await load('leaderboard, year (FY2017), 100 rows', base, token, LEADERBOARD, { p: 'FY2017' });
    await load('dashboard: every team for a quarter', base, token, TEAMS, { p: 'FY2017-Q3' });
    await load('reps page of 100 with team, rep count, manager', base, token, REPS_PAGE, { n: 100 });
    await load('deals page of 100, won, by amount', base, token, DEALS_PAGE, {});
    await load(`survey results, ${REPS} respondents`, base, token, SURVEY_RESULTS, {});
    await load('tool scorecard', base, token, SCORECARD, {});
  }
  let importRate = NaN;
  let copyRate = NaN;
  let sqlRate = NaN;
  let sqlRateOrdered = NaN;
  let importCpu = null;
  if (ONLY === null || ONLY === 'import') {
    // Import throughput: the same rows through the API's importer and through COPY.
    const csv = join(tmp, 'deals.csv');
    const lines = [
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
    ];
    for (let i = 1; i <= IMPORT_ROWS; i++) {
      const won = i % 2 === 0;
      lines.push(
        `IMP${i},Rep ${1 + (i % REPS)},Product ${1 + (i % 7)},Account ${1 + (i % 1000)},${won ? 'Won' : 'Engaging'},2017-0${1 + (i % 9)}-1${i % 10},${won ? '2017-10-01' : ''},${won ? 1000 + (i % 5000) : ''}`,
      );
    }
    writeFileSync(csv, lines.join('\n') + '\n');
    const size = statSync(csv).size;
    const job = (
      await gql(base, token, 'mutation($i: CreateDealImportInput!) { createDealImport(input: $i) { id } }', {
        i: { fileName: 'bench.csv', sizeBytes: size },
      })
    ).createDealImport;
    // CPU per row of the API and of the database's server processes: unlike rows/s, hardly moved by what
    // else the machine runs (compare builds by these on a loaded machine).
    const apiCpuBefore = cpuMs(api.child.pid);
    const dbCpuBefore = await databaseCpuMs();
    t0 = performance.now();
    const response = await fetch(`${base}/imports/${job.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: createReadStream(csv),
      duplex: 'half',
    });
    const outcome = await response.json();
    const importSeconds = (performance.now() - t0) / 1000;
    let dbCpu = 0;
    for (const [pid, ms] of await databaseCpuMs()) dbCpu += ms - (dbCpuBefore.get(pid) ?? 0);
    importCpu = {
      api: ((cpuMs(api.child.pid) - apiCpuBefore) * 1000) / IMPORT_ROWS,
      db: (dbCpu * 1000) / IMPORT_ROWS,
      load: loadavg()[0],
    };
    console.log(
      `Import CPU per row: API ${importCpu.api.toFixed(1)} µs, database ${importCpu.db.toFixed(1)} µs (1-minute load average ${importCpu.load.toFixed(2)})`,
    );
    if (outcome.status !== 'SUCCEEDED' || outcome.inserted !== IMPORT_ROWS)
      throw new Error(`import: ${JSON.stringify(outcome)}`);
    t0 = performance.now();
    psql(
      '-c',
      'CREATE TABLE copy_bench (opportunity_id text, sales_agent text, product text, account text, deal_stage text, engage_date date, close_date date, close_value numeric)',
      '-c',
      `\\copy copy_bench FROM '${csv}' CSV HEADER`,
    );
    const copySeconds = (performance.now() - t0) / 1000;
    // The database's own ceiling for these rows: one INSERT ... SELECT from the copied table into deal,
    // with its indexes, foreign keys and rollup triggers, but no parsing, history or round trips; rolled back.
    const insertSelectRate = (idExpression) => {
      const started = performance.now();
      psql(
        '-c',
        `BEGIN; INSERT INTO deal (id, external_id, rep_id, account_id, product_id, amount_minor, currency, stage_id, engage_date, close_date)
        SELECT ${idExpression}, 'SQL' || c.opportunity_id, r.id, a.id, p.id, (c.close_value * 100)::bigint, 'USD', s.id, c.engage_date, c.close_date
          FROM copy_bench c JOIN rep r ON r.name = c.sales_agent JOIN sales_stage s ON s.name = c.deal_stage
          LEFT JOIN product p ON p.name = c.product LEFT JOIN account a ON a.name = c.account; ROLLBACK;`,
      );
      return IMPORT_ROWS / ((performance.now() - started) / 1000);
    };
    sqlRate = insertSelectRate('gen_random_uuid()');
    // The same with time-ordered ids (UUID v7, as the importer gives new deals, decision 0033): the rows
    // go in at the end of the primary key instead of on a random page of it.
    sqlRateOrdered = insertSelectRate(UUID_V7_SQL);
    importRate = IMPORT_ROWS / importSeconds;
    copyRate = IMPORT_ROWS / copySeconds;
    console.log(
      `Import: ${importRate.toFixed(0)} rows/s; COPY: ${copyRate.toFixed(0)} rows/s (${((importRate / copyRate) * 100).toFixed(0)}% of COPY); INSERT ... SELECT into deal: ${sqlRate.toFixed(0)} rows/s, with time-ordered ids ${sqlRateOrdered.toFixed(0)} rows/s`,
    );
  }
  await api.stop();

  // SQL statements per GraphQL request, at two page sizes: must not grow with the page.
  // LOG_SQL logs each statement as "[SQL] <text>" at the log level (the load runs at warn).
  api = startApi({ ...env, PORT: String(port), LOG_SQL: 'true', LOG_LEVEL: 'log' });
  await waitForOk(`${base}/ready`, 120_000);
  const counted = {};
  for (const [name, query, variables] of [
    ['reps, 10 per page', REPS_PAGE, { n: 10 }],
    ['reps, 100 per page', REPS_PAGE, { n: 100 }],
    ['leaderboard, 100 rows', LEADERBOARD, { p: 'FY2017-Q3' }],
    ...(region
      ? [
          ['forecast every rep and team, next quarter', SUGGESTIONS, NEXT_QUARTER],
          ['forecast page, one region', FORECAST_PAGE, { id: region, ...NEXT_QUARTER }],
        ]
      : []),
  ]) {
    await gql(base, token, query, variables); // warm: the session lookup is per request, counted below too
    const before = (api.output().match(/\[SQL\]/g) ?? []).length;
    await gql(base, token, query, variables);
    await new Promise((resolve) => setTimeout(resolve, 200));
    counted[name] = (api.output().match(/\[SQL\]/g) ?? []).length - before;
    console.log(`${name}: ${counted[name]} SQL statements`);
  }
  await api.stop();

  console.log('\n| request | p50 ms | p95 ms | p99 ms | req/s |\n| --- | --- | --- | --- | --- |');
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(1)} |`,
    );
  console.log(
    `\nImport ${IMPORT_ROWS} rows: ${importRate.toFixed(0)} rows/s; COPY ${copyRate.toFixed(0)} rows/s; ratio ${((importRate / copyRate) * 100).toFixed(0)}%; INSERT ... SELECT into deal ${sqlRate.toFixed(0)} rows/s (the importer at ${((importRate / sqlRate) * 100).toFixed(0)}% of it), with time-ordered ids ${sqlRateOrdered.toFixed(0)} rows/s (${((importRate / sqlRateOrdered) * 100).toFixed(0)}%)`,
  );
  if (importCpu)
    console.log(
      `Import CPU per row: API ${importCpu.api.toFixed(1)} µs, database ${importCpu.db.toFixed(1)} µs; load average at its end ${importCpu.load.toFixed(2)}`,
    );
  console.log(
    `SQL statements per request: ${Object.entries(counted)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
}
