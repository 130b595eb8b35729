// PostgreSQL restart under load: proves that the API answers coded errors (never hangs, never dies) while
// PostgreSQL is down, recovers by itself once it is back, and that every write it acknowledged survives a
// crash-like stop (WAL recovery included). See tools/pg-restart/README.md.
//
// Usage: node tools/pg-restart/run.mjs [--json out.json] [--logs DIR] [--writers 8] [--seed admin|demo]
//   --json FILE   also write the verdict and the figures as JSON
//   --logs DIR    copy the PostgreSQL and API logs there before the temp dir is removed (CI artifacts)
//   --writers N   concurrent writers (default 8); a reader and a /ready + /health prober run beside them
//   --seed        admin (default): one admin through `cli.js create-admin`; demo: `cli.js seed-demo`
//
// It never touches the machine's main cluster: it runs a throwaway cluster (initdb in a temp dir, a free
// port, its socket in the temp dir) with the machine's own PostgreSQL binaries, and the built API
// (`npx nx build api`) against it. Exit 0 only when every check holds. Whatever happens (a failed check,
// an exception, Ctrl-C, the watchdog), the API is killed, the cluster stopped and the temp dir removed.
import { spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

import { API_CLI, API_MAIN, freePort } from '../scripts/lib.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---- Settings -------------------------------------------------------------------------------------------

const options = parseArgs(process.argv.slice(2));
const WRITERS = Number(options.writers ?? 8);
const SEED = options.seed ?? 'admin';
const HEALTHY_MS = 5_000; // load on a healthy database before the stop
const DOWN_MS = 8_000; // PostgreSQL stays down this long
const AFTER_MS = 5_000; // after the first write that succeeds again, keep loading this long
// Every answer, whatever the phase, must come within this bound. The pool waits at most
// connectionTimeoutMillis = 10 s for a connection (apps/api/src/app/data-source-options.ts); while
// PostgreSQL is down no statement runs, so statement_timeout (15 s) cannot be what a request waits on,
// and a refused TCP connection fails at once. 10 s + 5 s for the rest of the request.
const ANSWER_BOUND_MS = 15_000;
const CLIENT_ABORT_MS = 20_000; // the client gives up here: such a request counts as a hang
const RECOVERY_BOUND_MS = 30_000; // from PostgreSQL accepting connections to a successful write
const SETTLE_MS = 1_000; // once a write succeeds again, errors started later than this count as unstable
const ERROR_PAUSE_MS = 100; // a writer pauses this long after an error (a client would back off too)
const SHUTDOWN_BOUND_MS = 15_000; // SIGTERM to exit
const WATCHDOG_MS = 110_000; // the whole run, setup included
const ADMIN = { email: 'admin@salesops.demo', password: 'demo-admin' };

function parseArgs(argv) {
  const known = new Set(['json', 'logs', 'writers', 'seed']);
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    // A machine that talks to a remote PostgreSQL may have no server binaries: say so and pass.
    if (argv[i] === '--skip-without-binaries') {
      parsed.skipWithoutBinaries = true;
      continue;
    }
    if (!argv[i].startsWith('--') || !known.has(name) || argv[i + 1] === undefined) {
      console.error(
        'Usage: node tools/pg-restart/run.mjs [--json out.json] [--logs DIR] [--writers 8] [--seed admin|demo] [--skip-without-binaries]',
      );
      process.exit(2);
    }
    parsed[name] = argv[++i];
  }
  if (parsed.seed && !['admin', 'demo'].includes(parsed.seed)) parsed.seed = undefined;
  if (parsed.writers && !(Number.isInteger(Number(parsed.writers)) && Number(parsed.writers) > 0))
    parsed.writers = undefined;
  return parsed;
}

// ---- Output ---------------------------------------------------------------------------------------------

const T0 = performance.now();
const now = () => performance.now();
const sec = (ms) => `${(ms / 1000).toFixed(1)}s`;
const say = (message) => console.log(`[${(((now() - T0) / 1000).toFixed(1) + 's').padStart(6)}] ${message}`);

// ---- Cleanup: synchronous, idempotent, runs on every way out ----------------------------------------------

const state = {
  tmp: null,
  pgCtl: null,
  pgData: null,
  pgStarted: false,
  api: null,
  apiLog: null,
  pgLog: null,
  children: new Set(),
};
let cleanedUp = false;

function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of [state.api, ...state.children]) if (child) killTree(child);
  if (state.pgStarted && state.pgData && existsSync(state.pgData)) {
    const stop = pgCommandSync(state.pgCtl, [
      'stop',
      '-D',
      state.pgData,
      '-m',
      'immediate',
      '-w',
      '-t',
      '10',
    ]);
    if (stop.status !== 0) killPostmaster(state.pgData);
  }
  if (options.logs && state.tmp) {
    try {
      mkdirSync(options.logs, { recursive: true });
      for (const file of [state.pgLog, state.apiLog])
        if (file && existsSync(file)) copyFileSync(file, join(options.logs, file.split('/').pop()));
    } catch (error) {
      console.error(`Could not copy the logs to ${options.logs}: ${error.message}`);
    }
  }
  if (state.tmp) {
    try {
      rmSync(state.tmp, { recursive: true, force: true });
    } catch (error) {
      console.error(`Could not remove ${state.tmp}: ${error.message}`);
    }
  }
}

/** SIGKILL a child and, when it leads its own process group (runuser -> initdb, say), the whole group. */
function killTree(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Last resort when pg_ctl cannot stop it: SIGKILL the postmaster named in postmaster.pid. */
function killPostmaster(pgData) {
  try {
    const pid = Number(readFileSync(join(pgData, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // no pid file or no such process: nothing runs
  }
}

process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(
      `\nInterrupted (${signal}): stopping the API and the throwaway cluster, removing ${state.tmp ?? 'the temp dir'}`,
    );
    cleanup();
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`\nFAIL: the run exceeded the ${WATCHDOG_MS / 1000}s watchdog`);
  printLogTails();
  cleanup();
  process.exit(1);
}, WATCHDOG_MS).unref();

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function printLogTails() {
  if (state.pgLog)
    console.error(`\n--- PostgreSQL log (last 15 lines of ${state.pgLog})\n${tail(state.pgLog, 15)}`);
  if (!state.apiLog) return;
  const errors = apiLogErrors(state.apiLog);
  if (errors.length)
    console.error(
      `\n--- API log: ERROR lines by source and message\n${errors.map((e) => `${String(e.count).padStart(6)}  ${e.line}`).join('\n')}`,
    );
  console.error(`\n--- API log (last 25 lines of ${state.apiLog})\n${tail(state.apiLog, 25)}`);
}

/** The API's ERROR lines grouped by `[context] message`, most frequent first (ids and ports blanked). */
function apiLogErrors(file) {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const counts = new Map();
  // Nest colours its log lines; drop the ANSI sequences.
  // eslint-disable-next-line no-control-regex
  for (const raw of text.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const match = /\bERROR\s+(\[[^\]]+\].*)$/.exec(raw);
    if (!match) continue;
    const line = match[1]
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')
      .replace(/:\d{4,5}\b/g, ':<port>')
      .slice(0, 140);
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([line, count]) => ({ line, count }));
}

// ---- PostgreSQL: the machine's binaries, as the postgres user when we are root ----------------------------

function findBinDir() {
  const candidates = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (config.status === 0) candidates.push(config.stdout.trim());
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(base, v, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found)
    throw new Error(
      `No PostgreSQL server binaries (initdb, pg_ctl) found in: ${candidates.join(', ') || 'pg_config --bindir, /usr/lib/postgresql/*/bin'}; set PG_BINDIR`,
    );
  return found;
}

const asRoot = process.getuid?.() === 0;
const hasRunuser = asRoot && spawnSync('runuser', ['--help'], { stdio: 'ignore' }).status === 0;

/** [command, args] running `bin args` as the postgres OS user when we are root (initdb refuses root). */
function asPostgres(bin, args) {
  if (!asRoot) return [bin, args];
  if (hasRunuser) return ['runuser', ['-u', 'postgres', '--', bin, ...args]];
  const quoted = [bin, ...args].map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ');
  return ['su', ['postgres', '-s', '/bin/sh', '-c', quoted]];
}

function pgCommandSync(bin, args) {
  const [command, argv] = asPostgres(bin, args);
  return spawnSync(command, argv, { cwd: state.tmp ?? '/', encoding: 'utf8', timeout: 20_000 });
}

/** Runs a PostgreSQL command without blocking the event loop (the load keeps running meanwhile). */
function pgCommand(bin, args, timeoutMs = 30_000) {
  const [command, argv] = asPostgres(bin, args);
  return runCaptured(command, argv, { cwd: state.tmp }, timeoutMs, `${bin.split('/').pop()} ${args[0]}`);
}

/** Runs a command with its output captured; resolves with the output, rejects with its tail. */
function runCaptured(command, argv, spawnOptions, timeoutMs, label) {
  return new Promise((done, fail) => {
    // Its own process group: a timeout or the cleanup kills what it started too (runuser's child).
    const child = spawn(command, argv, {
      ...spawnOptions,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    state.children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => killTree(child), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      state.children.delete(child);
      if (code === 0) done(output);
      else
        fail(
          new Error(
            `${label} failed (${signal ?? `exit ${code}`}): ${output.trim().split('\n').slice(-5).join(' | ')}`,
          ),
        );
    });
  });
}

function postgresIds() {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0)
    throw new Error('Running as root needs a "postgres" OS user to run initdb and pg_ctl');
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

// ---- HTTP -----------------------------------------------------------------------------------------------

const STACK_PATTERN = /\n\s+at \S|\bat \S+ \(\/|\.[cm]?js:\d+:\d+|node_modules\/|"stacktrace"|"stack"\s*:/;

/** One request, timed; never throws. */
async function request(url, init = {}) {
  const started = now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(CLIENT_ABORT_MS) });
    const text = await response.text();
    const ended = now();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: classified below
    }
    return {
      started,
      ended,
      ms: ended - started,
      status: response.status,
      text,
      body,
      stack: STACK_PATTERN.test(text),
    };
  } catch (error) {
    const ended = now();
    const reason =
      error.name === 'TimeoutError'
        ? `no answer within ${CLIENT_ABORT_MS / 1000}s`
        : `no answer (${error.cause?.code ?? error.message})`;
    return {
      started,
      ended,
      ms: ended - started,
      status: 0,
      network: reason,
      text: '',
      body: null,
      stack: false,
    };
  }
}

function graphql(base, token, query, variables) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return request(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
}

/** What kind of answer: 'ok', or a label such as `200 INTERNAL_SERVER_ERROR` / `500 non-GraphQL JSON`. */
function classify(result, field) {
  if (result.network) return result.network;
  const errors = result.body?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const codes = [...new Set(errors.map((e) => e?.extensions?.code ?? 'NO extensions.code'))];
    return `${result.status} ${codes.join('+')}`;
  }
  if (result.status === 200 && result.body?.data?.[field] != null) return 'ok';
  if (result.body) return `${result.status} non-GraphQL JSON ${JSON.stringify(result.body).slice(0, 80)}`;
  return `${result.status} non-JSON ${result.text.slice(0, 60).replace(/\s+/g, ' ')}`;
}

/** A GraphQL error answer the way the API promises it: `errors`, each with an `extensions.code`. */
function isCodedGraphQLError(result) {
  const errors = result.body?.errors;
  return (
    Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e?.extensions?.code === 'string')
  );
}

// ---- The run --------------------------------------------------------------------------------------------

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { token } }';
const CREATE_TEAM = 'mutation Create($input: CreateTeamInput!) { createTeam(input: $input) { id name } }';
const COUNT_TEAMS =
  'query Count($search: String!) { teams(first: 1, filter: { search: $search }) { totalCount } }';
const LIST_TEAMS =
  'query List($search: String!, $after: String) { teams(first: 100, after: $after, filter: { search: $search }) { edges { node { id name } } pageInfo { endCursor hasNextPage } } }';

const checks = [];
const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail });
const figures = {};

async function main() {
  // Setup: the built API, the binaries, a temp dir the postgres user owns.
  for (const file of [API_MAIN, API_CLI]) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: build the API first with \`npx nx build api\``);
  }
  const binDir = findBinDir();
  state.pgCtl = join(binDir, 'pg_ctl');
  state.tmp = mkdtempSync(join(tmpdir(), 'salesops-pg-restart-'));
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(state.tmp, uid, gid);
  }
  state.pgData = join(state.tmp, 'pgdata');
  state.pgLog = join(state.tmp, 'postgres.log');
  state.apiLog = join(state.tmp, 'api.log');
  const pgPort = await freePort();
  const apiPort = await freePort();
  const base = `http://127.0.0.1:${apiPort}`;
  const pgStart = [
    'start',
    '-D',
    state.pgData,
    '-l',
    state.pgLog,
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${pgPort} -k ${state.tmp} -c listen_addresses=127.0.0.1`,
  ];
  const pgStop = ['stop', '-D', state.pgData, '-m', 'immediate', '-w', '-t', '30'];

  let started = now();
  await pgCommand(
    join(binDir, 'initdb'),
    ['-D', state.pgData, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'],
    60_000,
  );
  state.pgStarted = true; // from here on, cleanup stops whatever may run
  await pgCommand(state.pgCtl, pgStart);
  const version = spawnSync(join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  say(
    `throwaway cluster up: ${version} on 127.0.0.1:${pgPort}, ${state.tmp} (${sec(now() - started)}${asRoot ? ', as the postgres user' : ''})`,
  );

  const env = {
    ...process.env,
    DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(state.tmp, 'api-data'),
    RATE_LIMIT_USER_PER_MINUTE: '0',
    RATE_LIMIT_KEY_PER_MINUTE: '0',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    FORECAST_SNAPSHOT_MINUTES: '0',
    ADMIN_PASSWORD: ADMIN.password,
  };
  started = now();
  const seedArgs =
    SEED === 'demo'
      ? ['seed-demo']
      : ['create-admin', '--email', ADMIN.email, '--name', 'Restart test admin'];
  const seeded = await runCaptured(
    process.execPath,
    [join(ROOT, API_CLI), ...seedArgs],
    { cwd: ROOT, env },
    90_000,
    `cli.js ${seedArgs[0]}`,
  );
  say(`migrations + ${seedArgs[0]}: ${seeded.trim().split('\n').pop()} (${sec(now() - started)})`);

  // The API, its output kept in a file.
  started = now();
  const apiLog = createWriteStream(state.apiLog);
  const api = spawn(process.execPath, [join(ROOT, API_MAIN)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  state.api = api;
  api.stdout.pipe(apiLog, { end: false });
  api.stderr.pipe(apiLog, { end: false });
  let apiExit = null; // { code, signal, at }
  let expectingExit = false;
  const apiExited = new Promise((done) =>
    api.on('exit', (code, signal) => {
      apiExit = { code, signal, at: now() };
      if (!expectingExit) say(`!! the API exited by itself (${signal ?? `exit ${code}`})`);
      done(apiExit);
    }),
  );
  for (let ready = false; !ready;) {
    if (apiExit) throw new Error(`the API exited during boot (${apiExit.signal ?? `exit ${apiExit.code}`})`);
    if (now() - started > 60_000) throw new Error('the API did not answer /ready 200 within 60s');
    const probe = await request(`${base}/ready`);
    ready = probe.status === 200;
    if (!ready) await sleep(200);
  }
  say(`API ready on ${base} (${sec(now() - started)})`);

  const login = await graphql(base, null, LOGIN, { input: ADMIN });
  const token = login.body?.data?.login?.token;
  if (!token) throw new Error(`login failed: ${login.status} ${login.text.slice(0, 300)}`);

  // The load: writers, a reader, a prober of /ready and /health. Every answer is kept.
  const prefix = `pgr-${Date.now().toString(36)}-`;
  const writes = []; // { name, id?, result, kind }
  const reads = [];
  const probes = []; // { path, result }
  let loading = true;
  const writer = async (w) => {
    for (let n = 0; loading; n++) {
      const name = `${prefix}w${w}-${n}`;
      const result = await graphql(base, token, CREATE_TEAM, { input: { name } });
      const kind = classify(result, 'createTeam');
      writes.push({ name, id: result.body?.data?.createTeam?.id, result, kind });
      if (kind !== 'ok') await sleep(ERROR_PAUSE_MS);
    }
  };
  const reader = async () => {
    while (loading) {
      const result = await graphql(base, token, COUNT_TEAMS, { search: prefix });
      reads.push({ result, kind: classify(result, 'teams') });
      await sleep(result.status === 200 && !result.body?.errors ? 20 : ERROR_PAUSE_MS);
    }
  };
  const logins = []; // anonymous GraphQL (no bearer token): does not go through the token lookup first
  const prober = async () => {
    for (let n = 0; loading; n++) {
      const [ready, health, login] = await Promise.all([
        request(`${base}/ready`),
        request(`${base}/health`),
        n % 5 === 0 ? graphql(base, null, LOGIN, { input: ADMIN }) : null,
      ]);
      probes.push({ path: '/ready', result: ready }, { path: '/health', result: health });
      if (login) logins.push({ result: login, kind: classify(login, 'login') });
      await sleep(200);
    }
  };
  const tLoad = now();
  const workers = [...Array.from({ length: WRITERS }, (_, w) => writer(w)), reader(), prober()];
  say(
    `load: ${WRITERS} writers (createTeam), 1 reader (teams), /ready + /health every 200 ms, an anonymous login every second`,
  );

  await sleep(HEALTHY_MS);
  const ackedHealthy = writes.filter((w) => w.kind === 'ok').length;
  say(
    `healthy for ${sec(now() - tLoad)}: ${ackedHealthy} writes acknowledged, ${writes.length - ackedHealthy} errors`,
  );

  const tStopIssued = now();
  await pgCommand(state.pgCtl, pgStop);
  const tDown = now();
  say(
    `PostgreSQL stopped with -m immediate (${Math.round(tDown - tStopIssued)} ms); keeping it down ${sec(DOWN_MS)}`,
  );
  await sleep(DOWN_MS);

  const tStartIssued = now();
  const inDown = (r) => r.started >= tDown && r.ended <= tStartIssued;
  const downWrites = writes.filter((w) => inDown(w.result));
  say(
    `down for ${sec(tStartIssued - tDown)}: ${downWrites.length} write answers, ${downWrites.filter((w) => w.kind === 'ok').length} ok; starting PostgreSQL`,
  );
  await pgCommand(state.pgCtl, pgStart, 70_000);
  const tUp = now();
  // The restart's part of the log: proof that it went through crash recovery (WAL redo).
  const restartLog = readFileSync(state.pgLog, 'utf8').split('received immediate shutdown request').pop();
  const redo = /redo done at \S+ system usage: .*elapsed: ([\d.]+) s/.exec(restartLog);
  figures.crashRecovery = {
    ran: /database system was not properly shut down; automatic recovery in progress/.test(restartLog),
    redoSeconds: redo ? Number(redo[1]) : null,
  };
  say(
    `PostgreSQL accepts connections again (start took ${Math.round(tUp - tStartIssued)} ms; crash recovery ${figures.crashRecovery.ran ? `ran, redo ${redo ? `${redo[1]} s` : 'not logged'}` : 'did NOT run'})`,
  );

  // Keep loading until writes have succeeded again for AFTER_MS, or give up at the recovery bound.
  let firstRecovered = null;
  while (true) {
    firstRecovered ??= writes.find((w) => w.kind === 'ok' && w.result.ended > tStartIssued) ?? null;
    if (firstRecovered && now() - firstRecovered.result.ended >= AFTER_MS) break;
    if (!firstRecovered && now() - tUp > RECOVERY_BOUND_MS) break;
    if (apiExit) break;
    await sleep(100);
  }
  loading = false;
  await Promise.all(workers);
  const tLoadEnd = now();
  if (firstRecovered)
    say(
      `recovered: first acknowledged write ${Math.round(firstRecovered.result.ended - tUp)} ms after PostgreSQL was back; loaded ${sec(tLoadEnd - firstRecovered.result.ended)} more`,
    );
  else say(`!! no write succeeded within ${RECOVERY_BOUND_MS / 1000}s of PostgreSQL being back`);

  // ---- Checks on the answers

  check(
    'PostgreSQL went through crash recovery on restart (the stop was crash-like)',
    figures.crashRecovery.ran,
    figures.crashRecovery.ran ? undefined : 'no "not properly shut down" in its log',
  );
  const all = [
    ...writes.map((w) => ({ ...w, op: 'write' })),
    ...reads.map((r) => ({ ...r, op: 'read' })),
    ...logins.map((l) => ({ ...l, op: 'login' })),
  ];
  // before: answered before the stop; during: in flight at the stop or sent before PostgreSQL was back; after: the rest.
  const phaseOf = (r) => (r.ended < tStopIssued ? 'before' : r.started < tUp ? 'during' : 'after');
  const acked = writes.filter((w) => w.kind === 'ok');
  figures.writes = {
    acknowledged: { before: 0, during: 0, after: 0 },
    errors: { before: 0, during: 0, after: 0 },
  };
  for (const w of writes) figures.writes[w.kind === 'ok' ? 'acknowledged' : 'errors'][phaseOf(w.result)]++;
  figures.reads = {
    ok: reads.filter((r) => r.kind === 'ok').length,
    errors: reads.filter((r) => r.kind !== 'ok').length,
  };

  check(
    'the API process stayed alive under load and through the outage',
    !apiExit,
    apiExit && `exited ${apiExit.signal ?? `with ${apiExit.code}`} at ${sec(apiExit.at - T0)}`,
  );
  const healthyErrors = all.filter((r) => phaseOf(r.result) === 'before' && r.kind !== 'ok');
  check(
    'every request succeeded while PostgreSQL was healthy',
    figures.writes.acknowledged.before > 0 && healthyErrors.length === 0,
    `${figures.writes.acknowledged.before} writes acknowledged${healthyErrors.length ? `; ${healthyErrors.length} failed: ${countBy(healthyErrors, (r) => `${r.op} ${r.kind}`)}` : ', no error'}`,
  );

  const unanswered = [...all, ...probes].filter((r) => r.result.network);
  check(
    'every request got an answer (no hang, no dropped connection)',
    unanswered.length === 0,
    unanswered.length
      ? countBy(unanswered, (r) => r.result.network)
      : `${all.length + probes.length} requests`,
  );
  const latencies = (list) => list.map((r) => r.result.ms).sort((a, b) => a - b);
  const allLatencies = latencies([...all, ...probes]);
  const slow = [...all, ...probes].filter((r) => r.result.ms > ANSWER_BOUND_MS);
  check(
    `every answer came within ${ANSWER_BOUND_MS / 1000}s`,
    slow.length === 0,
    `max ${Math.round(allLatencies.at(-1) ?? 0)} ms${slow.length ? `, ${slow.length} slower` : ''}`,
  );

  const outage = all.filter((r) => phaseOf(r.result) === 'during');
  const outageLatencies = latencies(outage);
  figures.outage = {
    answers: outage.length,
    byKind: countBy(outage, (r) => `${r.op} ${r.kind}`),
    latencyMs: {
      p50: percentile(outageLatencies, 50),
      p95: percentile(outageLatencies, 95),
      max: Math.round(outageLatencies.at(-1) ?? 0),
    },
  };
  const down = all.filter((r) => inDown(r.result));
  const badDown = down.filter((r) => r.kind === 'ok' || !isCodedGraphQLError(r.result));
  figures.down = {
    answers: down.length,
    byKind: countBy(down, (r) => `${r.op} ${r.kind}`),
    httpStatuses: countBy(down, (r) => String(r.result.status)),
  };
  check(
    'while down, every GraphQL answer is an error with extensions.code',
    down.length > 0 && badDown.length === 0,
    down.length === 0
      ? 'no answers while down'
      : badDown.length
        ? `${badDown.length} of ${down.length} are not: ${countBy(badDown, (r) => `${r.op} ${r.kind}`)}`
        : `${down.length} answers: ${figures.down.byKind}`,
  );
  const stacks = [...all, ...probes].filter((r) => r.result.stack);
  check(
    'no stack trace in any answer',
    stacks.length === 0,
    stacks.length ? `${stacks.length} answers, e.g. ${stacks[0].result.text.slice(0, 200)}` : undefined,
  );

  const health = probes.filter((p) => p.path === '/health');
  const ready = probes.filter((p) => p.path === '/ready');
  check(
    '/health answered 200 throughout (liveness)',
    health.length > 0 && health.every((p) => p.result.status === 200),
    countBy(health, (p) => String(p.result.status)),
  );
  const readyDown = ready.filter((p) => inDown(p.result));
  check(
    '/ready answered 503 while down',
    readyDown.length > 0 && readyDown.every((p) => p.result.status === 503),
    `${readyDown.length} probes: ${countBy(readyDown, (p) => String(p.result.status))}`,
  );
  const readyBack = ready.find((p) => p.result.started >= tUp && p.result.status === 200);
  const finalReady = await request(`${base}/ready`);
  figures.readyBackMs = readyBack ? Math.round(readyBack.result.ended - tUp) : null;
  check(
    '/ready answered 200 again after',
    readyBack && finalReady.status === 200,
    readyBack
      ? `first 200 ${figures.readyBackMs} ms after PostgreSQL was back; final ${finalReady.status}`
      : `final ${finalReady.status}`,
  );

  figures.recoveryMs = firstRecovered ? Math.round(firstRecovered.result.ended - tUp) : null;
  const lastAckBefore = acked.filter((w) => w.result.ended <= tDown).at(-1);
  figures.writeOutageMs =
    firstRecovered && lastAckBefore
      ? Math.round(firstRecovered.result.ended - lastAckBefore.result.ended)
      : null;
  const firstReadBack = reads.find((r) => r.kind === 'ok' && r.result.ended > tStartIssued);
  figures.readRecoveryMs = firstReadBack ? Math.round(firstReadBack.result.ended - tUp) : null;
  check(
    `writes recovered by themselves within ${RECOVERY_BOUND_MS / 1000}s, the API not restarted`,
    firstRecovered && figures.recoveryMs <= RECOVERY_BOUND_MS && !apiExit,
    firstRecovered ? `${figures.recoveryMs} ms` : 'never',
  );
  const settled = firstRecovered
    ? all.filter((r) => r.result.started >= firstRecovered.result.ended + SETTLE_MS)
    : [];
  const unstable = settled.filter((r) => r.kind !== 'ok');
  figures.errorsAfterRecovery = firstRecovered
    ? all.filter((r) => r.result.started >= firstRecovered.result.ended && r.kind !== 'ok').length
    : null;
  check(
    'no errors once recovered',
    firstRecovered && settled.length > 0 && unstable.length === 0,
    firstRecovered
      ? `${settled.length} requests started ${SETTLE_MS} ms after the first recovered write${unstable.length ? `; ${unstable.length} failed: ${countBy(unstable, (r) => r.kind)}` : ''}`
      : undefined,
  );

  // ---- Every acknowledged write is still there: through the API and straight in the cluster

  started = now();
  const viaApi = new Map();
  let listError = null;
  for (let after = null, page = 0; page < 1000; page++) {
    const result = await graphql(base, token, LIST_TEAMS, { search: prefix, after });
    const connection = result.body?.data?.teams;
    if (!connection) {
      listError = `${result.status} ${result.text.slice(0, 200)}`;
      break;
    }
    for (const { node } of connection.edges) viaApi.set(node.name, node.id);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  const db = new pg.Client({
    host: '127.0.0.1',
    port: pgPort,
    user: 'postgres',
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
  await db.connect();
  let viaDb;
  let audited;
  try {
    const teams = await db.query('SELECT id, name FROM team WHERE name LIKE $1', [`${prefix}%`]);
    viaDb = new Map(teams.rows.map((r) => [r.name, r.id]));
    const events = await db.query(
      `SELECT DISTINCT entity_id FROM audit_event WHERE action = 'team.create' AND entity_id = ANY($1)`,
      [teams.rows.map((r) => r.id)],
    );
    audited = new Set(events.rows.map((r) => r.entity_id));
  } finally {
    await db.end();
  }
  const lostApi = acked.filter((w) => viaApi.get(w.name) !== w.id);
  const lostDb = acked.filter((w) => viaDb.get(w.name) !== w.id);
  const unaudited = acked.filter((w) => !audited.has(w.id));
  const failed = writes.filter((w) => w.kind !== 'ok');
  figures.acknowledgedWrites = acked.length;
  figures.acknowledgedLost = { api: lostApi.length, db: lostDb.length };
  figures.erroredWritesThatExist = failed.filter((w) => viaDb.has(w.name)).length;
  figures.erroredWrites = failed.length;
  check(
    'every acknowledged write is there, read through the API',
    !listError && lostApi.length === 0,
    listError
      ? `listing failed: ${listError}`
      : `${acked.length - lostApi.length} of ${acked.length}${lostApi.length ? `; missing e.g. ${lostApi[0].name}` : ''}`,
  );
  check(
    'every acknowledged write is there, read straight from PostgreSQL (with its audit event)',
    lostDb.length === 0 && unaudited.length === 0,
    `${acked.length - lostDb.length} of ${acked.length}${lostDb.length ? `; missing e.g. ${lostDb[0].name}` : ''}${unaudited.length ? `; ${unaudited.length} without audit event` : ''}`,
  );
  say(
    `verified ${acked.length} acknowledged writes through the API and in PostgreSQL (${sec(now() - started)}); ${figures.erroredWritesThatExist} of ${failed.length} errored writes exist anyway`,
  );

  // ---- The API stops cleanly on SIGTERM
  const wasAlive = !apiExit;
  expectingExit = true;
  const tTerm = now();
  if (wasAlive) api.kill('SIGTERM');
  const exit = await Promise.race([apiExited, sleep(SHUTDOWN_BOUND_MS).then(() => null)]);
  figures.apiExit = exit ? { code: exit.code, signal: exit.signal, ms: Math.round(exit.at - tTerm) } : null;
  check(
    `the API exits 0 on SIGTERM within ${SHUTDOWN_BOUND_MS / 1000}s`,
    wasAlive && exit && exit.code === 0,
    !wasAlive
      ? 'it had already exited'
      : exit
        ? `${exit.signal ?? `exit ${exit.code}`} after ${figures.apiExit.ms} ms`
        : 'still running',
  );
  await new Promise((done) => apiLog.end(done));

  const logText = readFileSync(state.apiLog, 'utf8');
  figures.apiLog = {
    lines: logText ? logText.trimEnd().split('\n').length : 0,
    errorLines: (logText.match(/\bERROR\b/g) ?? []).length,
    errors: apiLogErrors(state.apiLog),
  };
  figures.pgDowntimeMs = Math.round(tUp - tDown);
  figures.pgStopMs = Math.round(tDown - tStopIssued);
  figures.pgStartMs = Math.round(tUp - tStartIssued);
  figures.loadSeconds = Number(((tLoadEnd - tLoad) / 1000).toFixed(1));
}

function countBy(list, key) {
  const counts = {};
  for (const item of list) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

function summary(error) {
  const ok = !error && checks.length > 0 && checks.every((c) => c.ok);
  console.log('\nChecks:');
  for (const c of checks)
    console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
  if (error) console.log(`  FAIL ${error.message}`);
  const w = figures.writes;
  if (w) {
    const o = figures.outage;
    console.log('\nFigures:');
    console.log(
      `  writes acknowledged: ${w.acknowledged.before} before, ${w.acknowledged.during} during the outage (sent before the stop completed), ${w.acknowledged.after} after; write errors ${w.errors.before}/${w.errors.during}/${w.errors.after}; reads ok ${figures.reads.ok}, failed ${figures.reads.errors}`,
    );
    console.log(
      `  PostgreSQL: stop ${figures.pgStopMs} ms, stopped -> accepting again ${figures.pgDowntimeMs} ms (of which pg_ctl start + crash recovery ${figures.pgStartMs} ms); writers saw no acknowledgement for ${figures.writeOutageMs ?? '-'} ms`,
    );
    console.log(
      `  answers while down: ${figures.down.answers} (${figures.down.byKind || 'none'}; HTTP ${figures.down.httpStatuses || '-'})`,
    );
    console.log(
      `  latency of answers during the outage (${o.answers}): p50 ${o.latencyMs.p50} ms, p95 ${o.latencyMs.p95} ms, max ${o.latencyMs.max} ms`,
    );
    console.log(
      `  PostgreSQL back -> first acknowledged write: ${figures.recoveryMs ?? 'never'} ms; first read ${figures.readRecoveryMs ?? 'never'} ms; /ready 200 ${figures.readyBackMs ?? 'never'} ms`,
    );
    if (figures.acknowledgedLost)
      console.log(
        `  acknowledged writes lost: ${figures.acknowledgedLost.db} (PostgreSQL), ${figures.acknowledgedLost.api} (API) of ${figures.acknowledgedWrites}; errored writes that exist anyway: ${figures.erroredWritesThatExist} of ${figures.erroredWrites}`,
      );
    if (figures.apiLog)
      console.log(
        `  API log: ${figures.apiLog.lines} lines, ${figures.apiLog.errorLines} at ERROR level; exit on SIGTERM: ${figures.apiExit ? `${figures.apiExit.signal ?? figures.apiExit.code} in ${figures.apiExit.ms} ms` : 'none'}`,
      );
  }
  const seconds = Number(((now() - T0) / 1000).toFixed(1));
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: PostgreSQL restart under load (${seconds}s)`);
  if (!ok) printLogTails();
  if (options.json) {
    const report = {
      ok,
      seconds,
      writers: WRITERS,
      seed: SEED,
      phasesMs: { healthy: HEALTHY_MS, down: DOWN_MS, after: AFTER_MS },
      bounds: { answerMs: ANSWER_BOUND_MS, recoveryMs: RECOVERY_BOUND_MS },
      checks,
      figures,
      error: error?.message ?? null,
      at: new Date().toISOString(),
    };
    mkdirSync(dirname(resolve(options.json)), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  return ok;
}

let failure = null;
if (options.skipWithoutBinaries) {
  try {
    findBinDir();
  } catch (error) {
    console.warn(`\n!! SKIPPED the PostgreSQL restart test: ${error.message}\n`);
    process.exit(0);
  }
}
try {
  await main();
} catch (error) {
  failure = error;
}
const passed = summary(failure);
cleanup();
process.exit(passed ? 0 : 1);
