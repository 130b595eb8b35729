// `npm test`: every check, in the order a failure is cheapest to find. PostgreSQL comes from
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): each run makes fresh databases
// there and drops them after. Without a server it says so and runs on embedded PGlite instead.
// `--only=unit,smoke` runs just those steps (the keys below); the Node matrix (tools/node-matrix) uses it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import pg from 'pg';

import { API_CLI, API_MAIN, freePort, nx, PORTAL_DIR, run, waitForOk } from './lib.mjs';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = `${Date.now().toString(36)}${process.pid}`;
const createdDatabases = [];
const results = [];
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const STEPS = [
  'format',
  'lint',
  'build',
  'generated',
  'pg-restart',
  'unit',
  'portal-unit',
  'api-e2e',
  'portal-e2e',
  'smoke',
];
const unknown = [...(only ?? [])].filter((key) => !STEPS.includes(key));
if (unknown.length > 0) {
  console.error(`Unknown step ${unknown.join(', ')}: --only takes ${STEPS.join(', ')}`);
  process.exit(2);
}
// Every jest run appends its failed tests here and its totals to the counts file
// (tools/test/failure-reporter.cjs); the summary repeats both. Absolute: jest runs in each project's folder.
const failuresFile = resolve(process.env.TEST_FAILURES_FILE ?? join('test-output', 'failed-tests.txt'));
const countsFile = resolve(join('test-output', `test-counts-${process.pid}.txt`));
const summaryFile = resolve(process.env.TEST_SUMMARY_FILE ?? join('test-output', 'test-summary.json'));
rmSync(failuresFile, { force: true });
rmSync(summaryFile, { force: true });
process.env.TEST_FAILURES_FILE = failuresFile;
process.env.TEST_COUNTS_FILE = countsFile;

async function postgresAvailable() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    console.warn(
      `\n!! No PostgreSQL at ${serverUrl} (${error.message}).\n!! Falling back to embedded PGlite for the database tests. Start PostgreSQL or set DATABASE_URL to test against a real server.\n`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(suffix) {
  const name = `salesops_${suffix}_${runId}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  createdDatabases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Suites and tests the jest runs of the current step reported (none: the step ran no jest). */
function takeCounts() {
  if (!existsSync(countsFile)) return undefined;
  const totals = { suites: 0, tests: 0, failed: 0 };
  for (const line of readFileSync(countsFile, 'utf8').trim().split('\n')) {
    const [suites, tests, failed] = line.split(' ').map(Number);
    totals.suites += suites;
    totals.tests += tests;
    totals.failed += failed;
  }
  rmSync(countsFile, { force: true });
  return totals;
}

/** Runs one step of the default run, or of `--only`'s list; `optional` steps run only when listed. */
async function step(key, name, action, { optional = false } = {}) {
  if (only ? !only.has(key) : optional) return;
  const started = Date.now();
  console.log(`\n=== ${name}`);
  rmSync(countsFile, { force: true });
  try {
    await action();
    results.push({ name, ok: true, seconds: (Date.now() - started) / 1000, counts: takeCounts() });
  } catch (error) {
    results.push({ name, ok: false, seconds: (Date.now() - started) / 1000, counts: takeCounts() });
    throw error;
  }
}

/** Checks that a generated file matches what the generator makes from the current code. */
async function checkGenerated(file, regenerate) {
  const before = readFileSync(file, 'utf8');
  await regenerate();
  if (readFileSync(file, 'utf8') !== before) {
    throw new Error(
      `${file} was stale: it has been regenerated now; review and commit it (npm run generate).`,
    );
  }
}

/** Starts the built API (serving the built portal) on a fresh seeded database for one e2e suite. */
async function withServer(suite, usePostgres, action) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `salesops-${suite}-`));
  // No automatic forecast snapshots in the background while the browser is timed (their own test covers them).
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PORTAL_DIR,
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    FORECAST_SNAPSHOT_MINUTES: '0',
  };
  delete env.DATABASE_URL;
  if (usePostgres) {
    env.DATABASE_URL = await createDatabase(suite.replace(/-/g, '_'));
    // The e2e suites log in with the README's demo passwords.
    await run(process.execPath, [API_CLI, 'seed-demo', '--demo-passwords'], { env });
  }
  const server = spawn(process.execPath, [API_MAIN], { env, stdio: 'inherit' });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    await waitForOk(`http://127.0.0.1:${port}/ready`);
    await action({
      ...process.env,
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_OUTPUT_DIR: resolve('test-output', suite),
    });
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `npm start` in small, for the Node matrix: the built API answers /health and a signed-in GraphQL query. */
async function smoke(base) {
  const health = await (await fetch(`${base}/health`)).json();
  if (health.status !== 'ok') throw new Error(`GET /health answered ${JSON.stringify(health)}`);
  const gql = async (query, variables, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const login = await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { email: 'admin@salesops.demo', password: 'demo-admin' },
  });
  const token = login.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
  const reps = await gql('{ reps(first: 1) { totalCount } }', {}, token);
  const count = reps.data?.reps?.totalCount;
  if (!(count > 0)) throw new Error(`the reps query answered ${JSON.stringify(reps)}`);
  console.log(`Node ${process.version}: GET /health ok, login ok, reps query ok (${count} reps)`);
}

let failed = false;
try {
  const usePostgres = await postgresAvailable();
  const testEnv = { ...process.env };
  if (usePostgres) testEnv.DATABASE_URL = serverUrl;
  else {
    delete testEnv.DATABASE_URL;
    // PGlite loads its WebAssembly through dynamic import, which jest's VM allows only with this flag.
    testEnv.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ');
  }

  // The house style is prettier's (.prettierrc): a file that drifts from it fails here, before anything slow.
  await step('format', 'formatting (prettier --check)', () =>
    run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']),
  );
  await step('lint', 'lint and types', () =>
    nx(['run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']),
  );
  await step('build', 'build', () =>
    nx(['run-many', '-t', 'build', '-p', 'api', 'portal', '--outputStyle=static']),
  );
  await step('generated', 'generated schema and portal types are current', async () => {
    await checkGenerated('schema.graphql', () =>
      run(process.execPath, [API_CLI, 'export-schema', 'schema.graphql']),
    );
    await checkGenerated('libs/portal/data-access/src/lib/generated.ts', () =>
      run(process.execPath, [
        'node_modules/@graphql-codegen/cli/cjs/bin.js',
        '--config',
        'tools/codegen/codegen.ts',
        '--silent',
      ]),
    );
  });
  if (usePostgres) {
    // A throwaway cluster from the machine's PostgreSQL binaries, crashed and restarted under load.
    // Outside CI a machine may reach PostgreSQL without having its server binaries: then it is skipped, loudly.
    const args = [
      'tools/pg-restart/run.mjs',
      '--json',
      'test-output/pg-restart.json',
      ...(process.env.CI ? [] : ['--skip-without-binaries']),
    ];
    await step('pg-restart', 'PostgreSQL restart under load', () => run(process.execPath, args));
  }
  await step('unit', 'unit and API integration tests', () =>
    nx(['run-many', '-t', 'test', '--outputStyle=static', '--parallel=1'], { env: testEnv }),
  );
  // Part of 'unit'; on its own for the Node matrix: the portal's jest configs are what Node 22.18+ loads
  // as ES modules (decision 0020).
  await step(
    'portal-unit',
    'portal unit tests',
    () =>
      nx(['run-many', '-t', 'test', '-p', 'portal*', '--outputStyle=static', '--parallel=1'], {
        env: testEnv,
      }),
    {
      optional: true,
    },
  );
  await step('api-e2e', 'API e2e over HTTP', () =>
    withServer('api-e2e', usePostgres, (env) => nx(['run', 'api-e2e:e2e', '--outputStyle=static'], { env })),
  );
  await step('portal-e2e', 'portal e2e in Chromium', () =>
    withServer('portal-e2e', usePostgres, (env) =>
      nx(['run', 'portal-e2e:e2e', '--outputStyle=static'], { env }),
    ),
  );
  await step(
    'smoke',
    'start and query the built API',
    () => withServer('smoke', usePostgres, (env) => smoke(env.E2E_BASE_URL)),
    {
      optional: true,
    },
  );
} catch (error) {
  failed = true;
  console.error(`\n${error.message}`);
} finally {
  for (const name of createdDatabases)
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
}

const countsText = (c) =>
  c ? `, ${c.suites} suites, ${c.tests} tests${c.failed ? `, ${c.failed} failed` : ''}` : '';
console.log(`\n=== Summary (Node ${process.version})`);
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)}s${countsText(r.counts)})`);
if (existsSync(failuresFile)) {
  const failures = readFileSync(failuresFile, 'utf8').trim().split('\n');
  const shown = 12;
  console.log(
    `Failed tests (${failures.length}; whole messages above, screenshots of failed browser tests in test-output):`,
  );
  for (const line of failures.slice(0, shown)) console.log(`  - ${line}`);
  if (failures.length > shown) console.log(`  … and ${failures.length - shown} more in ${failuresFile}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`Steps: ${passed} passed, ${results.length - passed} failed`);
mkdirSync(dirname(summaryFile), { recursive: true });
writeFileSync(
  summaryFile,
  `${JSON.stringify({ node: process.version, ok: !failed, steps: results }, null, 2)}\n`,
);
process.exit(failed ? 1 : 0);
