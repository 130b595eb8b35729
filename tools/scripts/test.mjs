// `npm test`: every check, in the order a failure is cheapest to find. PostgreSQL comes from
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): each run makes fresh databases
// there and drops them after. Without a server it says so and runs on embedded PGlite instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { API_CLI, API_MAIN, freePort, nx, PORTAL_DIR, run, waitForOk } from './lib.mjs';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = `${Date.now().toString(36)}${process.pid}`;
const createdDatabases = [];
const results = [];
// Every jest run appends its failed tests here (tools/test/failure-reporter.cjs); the summary repeats them.
const failuresFile = join('test-output', 'failed-tests.txt');
rmSync(failuresFile, { force: true });
process.env.TEST_FAILURES_FILE = failuresFile;

async function postgresAvailable() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    console.warn(`\n!! No PostgreSQL at ${serverUrl} (${error.message}).\n!! Falling back to embedded PGlite for the database tests. Start PostgreSQL or set DATABASE_URL to test against a real server.\n`);
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

async function step(name, action) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  try {
    await action();
    results.push({ name, ok: true, seconds: (Date.now() - started) / 1000 });
  } catch (error) {
    results.push({ name, ok: false, seconds: (Date.now() - started) / 1000 });
    throw error;
  }
}

/** Checks that a generated file matches what the generator makes from the current code. */
async function checkGenerated(file, regenerate) {
  const before = readFileSync(file, 'utf8');
  await regenerate();
  if (readFileSync(file, 'utf8') !== before) {
    throw new Error(`${file} was stale: it has been regenerated now; review and commit it (npm run generate).`);
  }
}

/** Starts the built API (serving the built portal) on a fresh seeded database for one e2e suite. */
async function withServer(suite, usePostgres, action) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `salesops-${suite}-`));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PORTAL_DIR, LOG_LEVEL: 'warn', DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  if (usePostgres) {
    env.DATABASE_URL = await createDatabase(suite.replace(/-/g, '_'));
    await run(process.execPath, [API_CLI, 'seed-demo'], { env });
  }
  const server = spawn(process.execPath, [API_MAIN], { env, stdio: 'inherit' });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    await waitForOk(`http://127.0.0.1:${port}/ready`);
    await action({ ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}`, E2E_OUTPUT_DIR: join('test-output', suite) });
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
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

  await step('lint and types', () => nx(['run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']));
  await step('build', () => nx(['run-many', '-t', 'build', '-p', 'api', 'portal', '--outputStyle=static']));
  await step('generated schema and portal types are current', async () => {
    await checkGenerated('schema.graphql', () => run(process.execPath, [API_CLI, 'export-schema', 'schema.graphql']));
    await checkGenerated('libs/portal/data-access/src/lib/generated.ts', () =>
      run(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'tools/codegen/codegen.ts', '--silent']),
    );
  });
  if (usePostgres) {
    // A throwaway cluster from the machine's PostgreSQL binaries, crashed and restarted under load.
    // Outside CI a machine may reach PostgreSQL without having its server binaries: then it is skipped, loudly.
    const args = ['tools/pg-restart/run.mjs', '--json', 'test-output/pg-restart.json', ...(process.env.CI ? [] : ['--skip-without-binaries'])];
    await step('PostgreSQL restart under load', () => run(process.execPath, args));
  }
  await step('unit and API integration tests', () => nx(['run-many', '-t', 'test', '--outputStyle=static', '--parallel=1'], { env: testEnv }));
  await step('API e2e over HTTP', () =>
    withServer('api-e2e', usePostgres, (env) => nx(['run', 'api-e2e:e2e', '--outputStyle=static'], { env })),
  );
  await step('portal e2e in Chromium', () =>
    withServer('portal-e2e', usePostgres, (env) => nx(['run', 'portal-e2e:e2e', '--outputStyle=static'], { env })),
  );
} catch (error) {
  failed = true;
  console.error(`\n${error.message}`);
} finally {
  for (const name of createdDatabases) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
}

console.log('\n=== Summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)}s)`);
if (existsSync(failuresFile)) {
  const failures = readFileSync(failuresFile, 'utf8').trim().split('\n');
  const shown = 12;
  console.log(`Failed tests (${failures.length}; whole messages above, screenshots of failed browser tests in test-output):`);
  for (const line of failures.slice(0, shown)) console.log(`  - ${line}`);
  if (failures.length > shown) console.log(`  … and ${failures.length - shown} more in ${failuresFile}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`Steps: ${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
