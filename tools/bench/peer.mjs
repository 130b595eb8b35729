// Side by side (issue 16): our API, PostGraphile 5 (tools/bench/peer) and our own SQL sent straight
// through pg ("raw", the ceiling), on the same generated database, with every answer checked equal
// before timing. Interleaved rounds (ours, peer, raw, ours, ...), medians with their spread, p50/p99,
// statements per request counted by PostgreSQL, CPU per request and peak RSS from /proc. A read served
// whole from our cache (no peer shape) is also set beside "bare": node:http alone answering with the same
// bytes (bare-http.mjs), the HTTP ceiling of one process on this machine with this client.
// Usage: npm run bench -- [--size S|M|L] [--concurrency 16] [--rounds 5] [--seconds 4]
//   [--peak-clients 64] [--replicas 2] [--database <existing bench database>] [--keep]
//   [--commit <rev> | --working-tree]
// S is the demo data set (seed-demo), M 1,000 reps / 100,000 deals, L 10,000 reps / 1,000,000 deals
// (tools/bench/generate.sql). Needs PostgreSQL at DATABASE_URL (default the machine's server), psql,
// and for statement counts the server's log file (see pg-log.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import pg from 'pg';

import { freePort, run } from '../scripts/lib.mjs';
import {
  admin,
  agentFor,
  cpuMs,
  fmt,
  median,
  memoryKb,
  parseArgs,
  percentile,
  postGraphql,
  startNode,
} from './lib.mjs';
import { findServerLog, logOffset, statementsSince } from './pg-log.mjs';
import { SHAPES } from './shapes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const PEER_DIR = join(HERE, 'peer');
const SIZES = { S: null, M: { reps: 1_000, deals: 100_000 }, L: { reps: 10_000, deals: 1_000_000 } };

const args = parseArgs(process.argv.slice(2));
const SIZE = (args.size ?? 'S').toUpperCase();
if (!(SIZE in SIZES)) throw new Error(`--size must be S, M or L, got ${args.size}`);
const CLIENTS = Number(args.concurrency ?? 16);
const ROUNDS = Number(args.rounds ?? 5);
const SECONDS = Number(args.seconds ?? 4);
const PEAK_CLIENTS = Number(args['peak-clients'] ?? 64);
const REPLICAS = Number(args.replicas ?? 0);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = args.database ?? `salesops_peer_${SIZE.toLowerCase()}_${Date.now().toString(36)}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const KEEP = args.keep === 'true' || args.database !== undefined;
const ADMIN = { email: 'bench@bench.test', password: 'bench-password-1' };

const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: ROOT }).toString().trim();

/** The peer's own node_modules, installed from its lock file when missing (install scripts stay off). */
async function ensurePeer() {
  if (existsSync(join(PEER_DIR, 'node_modules', 'postgraphile'))) return;
  console.log('Installing the peer (npm ci in tools/bench/peer)');
  await run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: PEER_DIR });
}

/**
 * Our API as committed, compiled into tmp/bench-api/<commit> from `git archive` (not dist/, which the
 * other sessions of this checkout rebuild at any moment, nor their uncommitted changes): by default the
 * last commit that changed the API's sources, or --commit <rev>; with --working-tree, the working tree
 * as it is (named <commit>-dirty when the API's sources differ from the commit).
 */
async function buildOurs() {
  const sources = ['apps/api', 'libs', 'tsconfig.base.json'];
  const fromTree = args['working-tree'] === 'true';
  const commit =
    args.commit && !fromTree
      ? git('rev-parse', '--short', args.commit)
      : git('log', '-1', '--format=%h', '--', ...sources);
  const dirty = fromTree && git('status', '--porcelain', '--', ...sources).length > 0;
  const outDir = join(ROOT, 'tmp', 'bench-api', `${commit}${dirty ? '-dirty' : ''}`);
  const main = join(outDir, 'apps', 'api', 'src', 'main.js');
  if (dirty || !existsSync(main)) {
    rmSync(outDir, { recursive: true, force: true });
    let sourceRoot = ROOT;
    if (!fromTree) {
      // Inside the checkout, so the compiler and the built API find the root's node_modules.
      sourceRoot = join(ROOT, 'tmp', 'bench-src', commit);
      rmSync(sourceRoot, { recursive: true, force: true });
      mkdirSync(sourceRoot, { recursive: true });
      execFileSync('sh', ['-c', `git archive ${commit} ${sources.join(' ')} | tar -x -C "${sourceRoot}"`], {
        cwd: ROOT,
      });
    }
    console.log(`Building the API at ${commit}${dirty ? ' with uncommitted changes' : ''} into ${outDir}`);
    await run(process.execPath, [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(sourceRoot, 'apps', 'api', 'tsconfig.app.json'),
      '--outDir',
      outDir,
    ]);
  }
  return { commit, dirty, main, cli: join(outDir, 'apps', 'api', 'src', 'cli.js') };
}

const API_ENV = {
  DATABASE_URL: dbUrl,
  LOG_LEVEL: 'warn',
  // The load comes from one admin: the per-user limit would measure the limiter, not the reads.
  RATE_LIMIT_USER_PER_MINUTE: '0',
  FORECAST_SNAPSHOT_MINUTES: '0',
};

async function prepareDatabase(build) {
  const env = { ...process.env, ...API_ENV };
  if (args.database === undefined) {
    await admin(serverUrl, `CREATE DATABASE ${dbName}`);
    const t0 = performance.now();
    await run(process.execPath, [build.cli, 'migrate'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (SIZES[SIZE] === null) {
      await run(process.execPath, [build.cli, 'seed-demo'], { env });
      // As generate.sql ends: fresh statistics, or the planner guesses (it sorted every won deal at S).
      await admin(dbUrl, 'ANALYZE');
    } else
      execFileSync(
        'psql',
        [
          dbUrl,
          '-q',
          '-v',
          `reps=${SIZES[SIZE].reps}`,
          '-v',
          `deals=${SIZES[SIZE].deals}`,
          '-f',
          'generate.sql',
        ],
        { cwd: HERE, stdio: 'inherit' },
      );
    console.log(`Database ${dbName} (${SIZE}) ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await run(process.execPath, [build.cli, 'create-admin', '--email', ADMIN.email, '--name', 'Bench'], {
      env: { ...env, ADMIN_PASSWORD: ADMIN.password },
    });
  }
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const counts = await client.query(
      'SELECT (SELECT count(*) FROM rep) AS reps, (SELECT count(*) FROM deal) AS deals',
    );
    // Shape b's rep: the one with the most won deals.
    const rep =
      await client.query(`SELECT deal.rep_id FROM deal JOIN sales_stage ON sales_stage.id = deal.stage_id
      WHERE sales_stage.kind = 'WON' AND deal.rep_id IS NOT NULL GROUP BY deal.rep_id ORDER BY count(*) DESC, deal.rep_id LIMIT 1`);
    return {
      reps: Number(counts.rows[0].reps),
      deals: Number(counts.rows[0].deals),
      repId: rep.rows[0].rep_id,
    };
  } finally {
    await client.end();
  }
}

async function waitForGraphql(base, agent, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await postGraphql(base, agent, '{ __typename }');
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

/** A server under test: its process(es), base URL, agent and how one request of a shape is made. */
async function startOurs(build, extraEnv = {}) {
  const port = await freePort();
  const proc = startNode([build.main], { env: { ...API_ENV, PORT: String(port), ...extraEnv } });
  const base = `http://127.0.0.1:${port}`;
  const agent = agentFor(Math.max(CLIENTS, PEAK_CLIENTS));
  await waitForGraphql(base, agent);
  return { proc, pids: [proc.pid], base, agent, stop: () => proc.stop() };
}

async function login(server) {
  const mutation = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`;
  return (await postGraphql(server.base, server.agent, mutation, { e: ADMIN.email, p: ADMIN.password })).login
    .token;
}

async function startPeer() {
  const port = await freePort();
  const proc = startNode(['server.mjs'], {
    cwd: PEER_DIR,
    env: {
      DATABASE_URL: dbUrl,
      PORT: String(port),
      GRAPHILE_ENV: 'production',
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --require ${join(PEER_DIR, 'with-resolvers.cjs')}`.trim(),
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const agent = agentFor(Math.max(CLIENTS, PEAK_CLIENTS));
  await waitForGraphql(base, agent);
  return { proc, pids: [proc.pid], base, agent, stop: () => proc.stop() };
}

async function startProxy(upstreams) {
  const port = await freePort();
  const proc = startNode([join(HERE, 'proxy.mjs'), String(port), ...upstreams.map((u) => u.base)]);
  const base = `http://127.0.0.1:${port}`;
  const agent = agentFor(Math.max(CLIENTS, PEAK_CLIENTS));
  await waitForGraphql(base, agent);
  return { proc, base, agent, stop: () => proc.stop() };
}

function oursRequest(server, token, shape, variables) {
  return () => postGraphql(server.base, server.agent, shape.ours, variables, token);
}

/** A bare node:http server (bare-http.mjs) answering every request with `data` as our API sent it. */
async function startBare(shape, data) {
  const port = await freePort();
  const file = join(ROOT, 'tmp', `bench-bare-${shape.key}-${port}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ data }));
  const proc = startNode([join(HERE, 'bare-http.mjs'), String(port), file]);
  const base = `http://127.0.0.1:${port}`;
  const agent = agentFor(Math.max(CLIENTS, PEAK_CLIENTS));
  await waitForGraphql(base, agent);
  return { proc, pids: [proc.pid], base, agent, stop: () => (rmSync(file, { force: true }), proc.stop()) };
}

function peerRequest(server, shape, variables) {
  return () => postGraphql(server.base, server.agent, shape.peer, variables);
}

/** Our statements of one request, replayed in order on one pooled connection (our pool's size and JIT off). */
function rawRequest(pool, statements) {
  return async () => {
    const client = await pool.connect();
    try {
      for (const statement of statements) await client.query(statement.text, statement.params);
    } finally {
      client.release();
    }
  };
}

/** Requests from `clients` concurrent loops for `seconds`, with the CPU and the peak RSS of `pids`. */
async function measure(request, clients, seconds, pids = []) {
  const latencies = [];
  let errors = 0;
  let lastError = null;
  const cpuBefore = pids.map(cpuMs);
  let peakRssKb = 0;
  const sample = () => (peakRssKb = Math.max(peakRssKb, ...pids.map((pid) => memoryKb(pid))));
  const sampler = setInterval(sample, 100);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            await request();
            latencies.push(performance.now() - t0);
          } catch (error) {
            // Counted and reported, not timed; the run stops only when errors are the rule.
            if (++errors > 20 && errors > latencies.length / 10) throw error;
            lastError = error;
          }
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  sample();
  const elapsed = (performance.now() - started) / 1000;
  const cpu = pids.map(cpuMs).reduce((sum, ms, i) => sum + ms - cpuBefore[i], 0);
  if (lastError) console.warn(`${errors} failed requests in the round, the last: ${lastError.message}`);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    latencies,
    cpuMs: cpu,
    peakRssKb,
  };
}

function summarise(rounds) {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const rps = rounds.map((r) => r.rps);
  return {
    rps: median(rps),
    min: Math.min(...rps),
    max: Math.max(...rps),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests,
    errors: rounds.reduce((sum, r) => sum + (r.errors ?? 0), 0),
    cpuMsPerRequest: rounds.reduce((sum, r) => sum + r.cpuMs, 0) / requests,
    peakRssMb: Math.max(...rounds.map((r) => r.peakRssKb)) / 1024,
  };
}

const cell = (s) =>
  s
    ? `${fmt(s.rps)} [${fmt(s.min)}–${fmt(s.max)}] (${fmt(s.p50)} / ${fmt(s.p99)})${s.errors ? `, ${s.errors} errors` : ''}`
    : '—';

/**
 * Counting: both servers started while the database logs every statement; each shape asked three
 * times after two warm-ups, the statements of each request read back from the server log. Our
 * LOG_SQL lines are counted beside them as a cross-check. Also checks the answers are equal.
 */
async function countStatements(build, info, logPath) {
  const counts = {};
  const captured = {};
  if (logPath) await admin(serverUrl, `ALTER DATABASE ${dbName} SET log_statement = 'all'`);
  const ours = await startOurs(build, { LOG_SQL: 'true', LOG_LEVEL: 'log' });
  const peer = await startPeer();
  try {
    const token = await login(ours);
    const variables = { id: info.repId };
    for (const shape of SHAPES) {
      counts[shape.key] = {};
      const sides = [['ours', oursRequest(ours, token, shape, variables)]];
      if (shape.peer) sides.push(['peer', peerRequest(peer, shape, variables)]);
      for (const [side, request] of sides) {
        await request();
        await request();
        const perRequest = [];
        const logSql = [];
        for (let i = 0; i < 3; i++) {
          const offset = logPath ? logOffset(logPath) : 0;
          const sqlBefore = (ours.proc.output().match(/\[SQL\]/g) ?? []).length;
          await request();
          await sleep(300);
          logSql.push((ours.proc.output().match(/\[SQL\]/g) ?? []).length - sqlBefore);
          if (logPath) perRequest.push(statementsSince(logPath, offset, dbName));
        }
        counts[shape.key][side] = logPath ? median(perRequest.map((s) => s.length)) : null;
        if (side === 'ours') {
          counts[shape.key].oursLogSql = median(logSql);
          if (logPath) captured[shape.key] = perRequest.at(-1);
        }
        console.log(
          `${shape.name}, ${side}: ${counts[shape.key][side] ?? '?'} statements per request${side === 'ours' ? ` (LOG_SQL lines: ${counts[shape.key].oursLogSql})` : ''}`,
        );
      }
    }
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
    if (logPath) await admin(serverUrl, `ALTER DATABASE ${dbName} RESET log_statement`);
  }
  return { counts, captured };
}

/** Both answers as plain rows; a shape whose answers differ is not timed against the peer. */
async function checkEqual(shape, ours, peer, token, variables) {
  const mine = shape.oursRows(await oursRequest(ours, token, shape, variables)());
  if (!shape.peer) return { equal: null, rows: mine.length };
  const theirs = shape.peerRows(await peerRequest(peer, shape, variables)());
  const equal = isDeepStrictEqual(mine, theirs);
  if (!equal) {
    const at = mine.findIndex((row, i) => !isDeepStrictEqual(row, theirs[i]));
    console.error(
      `NOT EQUAL: ${shape.name}: ${mine.length} rows vs ${theirs.length}; first difference at ${at}: ${JSON.stringify(mine[at])} vs ${JSON.stringify(theirs[at])}`,
    );
  }
  return { equal, rows: mine.length };
}

const results = { size: SIZE, clients: CLIENTS, rounds: ROUNDS, seconds: SECONDS, shapes: {} };
let rawPool = null;
const running = [];
try {
  await ensurePeer();
  const build = await buildOurs();
  Object.assign(results, { commit: build.commit, dirty: build.dirty, database: dbName });
  const info = await prepareDatabase(build);
  Object.assign(results, { reps: info.reps, deals: info.deals });
  console.log(
    `${info.reps} reps, ${info.deals} deals; our build ${build.commit}${build.dirty ? ' + uncommitted' : ''}`,
  );
  const logPath = findServerLog();
  if (!logPath)
    console.warn('No readable PostgreSQL log: statements per request not counted, raw not measured');
  const { counts, captured } = await countStatements(build, info, logPath);
  results.oursStatements = captured; // what raw replays, kept with the results for reading

  const ours = await startOurs(build);
  running.push(ours);
  const peer = await startPeer();
  running.push(peer);
  rawPool = new pg.Pool({
    connectionString: dbUrl,
    max: 10,
    options: '-c jit=off',
    application_name: 'salesops-bench-raw',
  });
  const token = await login(ours);
  const variables = { id: info.repId };
  results.idleRssMb = { ours: memoryKb(ours.proc.pid) / 1024, peer: memoryKb(peer.proc.pid) / 1024 };

  const sidesOf = {};
  for (const shape of SHAPES) {
    const check = await checkEqual(shape, ours, peer, token, variables);
    console.log(
      `${shape.name}: ${check.rows} rows${check.equal === null ? '' : check.equal ? ', equal' : ', NOT EQUAL'}`,
    );
    const sides = [['ours', oursRequest(ours, token, shape, variables), ours.pids]];
    if (shape.peer && check.equal) sides.push(['peer', peerRequest(peer, shape, variables), peer.pids]);
    if (captured[shape.key]) sides.push(['raw', rawRequest(rawPool, captured[shape.key]), []]);
    // A read without a peer is one served whole from our cache: beside its SQL, the HTTP ceiling of its bytes.
    if (!shape.peer) {
      const bare = await startBare(shape, await oursRequest(ours, token, shape, variables)());
      running.push(bare);
      sides.push(['bare', () => postGraphql(bare.base, bare.agent, shape.ours, variables, token), bare.pids]);
    }
    sidesOf[shape.key] = sides;
    results.shapes[shape.key] = {
      name: shape.name,
      equal: check.equal,
      statements: counts[shape.key],
      rounds: {},
    };
  }

  // Interleaved: for each shape, round after round, each server in turn.
  for (const shape of SHAPES) {
    const rounds = results.shapes[shape.key].rounds;
    for (const [side, request] of sidesOf[shape.key]) {
      rounds[side] = [];
      await measure(request, CLIENTS, Math.min(2, SECONDS)); // warm
    }
    for (let r = 0; r < ROUNDS; r++)
      for (const [side, request, pids] of sidesOf[shape.key]) {
        const round = await measure(request, CLIENTS, SECONDS, pids);
        rounds[side].push(round);
        console.log(`${shape.name}, ${side}, round ${r + 1}: ${fmt(round.rps)} req/s`);
      }
    const summary = Object.fromEntries(Object.entries(rounds).map(([side, list]) => [side, summarise(list)]));
    results.shapes[shape.key].summary = summary;
    for (const list of Object.values(rounds)) for (const round of list) delete round.latencies;
  }

  // Memory at more clients: one round per shape at PEAK_CLIENTS, then the processes' own peaks (VmHWM).
  if (PEAK_CLIENTS > 0) {
    results.peak = { clients: PEAK_CLIENTS, shapes: {} };
    for (const shape of SHAPES)
      for (const [side, request, pids] of sidesOf[shape.key].filter(([, , p]) => p.length)) {
        const round = await measure(request, PEAK_CLIENTS, SECONDS, pids);
        results.peak.shapes[`${shape.key}:${side}`] = {
          rps: round.rps,
          p99: percentile(
            round.latencies.sort((a, b) => a - b),
            99,
          ),
          peakRssMb: round.peakRssKb / 1024,
        };
        console.log(
          `${shape.name}, ${side}, ${PEAK_CLIENTS} clients: ${fmt(round.rps)} req/s, ${fmt(round.peakRssKb / 1024)} MB`,
        );
      }
    results.peak.hwmMb = {
      ours: memoryKb(ours.proc.pid, 'VmHWM') / 1024,
      peer: memoryKb(peer.proc.pid, 'VmHWM') / 1024,
    };
  }

  printReport(results);
  const outDir = join(ROOT, 'tmp', 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `peer-${SIZE}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nResults: ${file}`);

  if (REPLICAS >= 2) {
    // Our single process makes way for the replicas (the peer stays idle).
    await ours.stop();
    results.replicas = await replicasRun(build, info);
    printReplicas(results);
    writeFileSync(file, JSON.stringify(results, null, 2));
  }
} finally {
  await rawPool?.end();
  await Promise.all(running.map((server) => server.stop()));
  if (!KEEP) await admin(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  else console.log(`Kept database ${dbName}`);
}

/**
 * N API processes on the same database behind the round-robin proxy, rate limits in PostgreSQL (so the
 * N behave as one), against one such process behind the same kind of proxy: interleaved rounds.
 */
async function replicasRun(build, info) {
  const env = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_USER_PER_MINUTE: '1000000' };
  const replicas = [];
  const proxies = [];
  try {
    for (let i = 0; i < REPLICAS; i++) replicas.push(await startOurs(build, env));
    proxies.push(await startProxy(replicas.slice(0, 1)), await startProxy(replicas));
    const token = await login(proxies[1]);
    const variables = { id: info.repId };
    const out = {};
    const setups = [
      ['one', proxies[0], replicas[0].pids],
      [String(REPLICAS), proxies[1], replicas.flatMap((r) => r.pids)],
    ];
    for (const shape of SHAPES) {
      const rounds = Object.fromEntries(setups.map(([name]) => [name, []]));
      for (const [, proxy] of setups)
        await measure(oursRequest(proxy, token, shape, variables), CLIENTS, Math.min(2, SECONDS));
      for (let r = 0; r < ROUNDS; r++)
        for (const [name, proxy, pids] of setups) {
          const round = await measure(oursRequest(proxy, token, shape, variables), CLIENTS, SECONDS, pids);
          rounds[name].push(round);
          console.log(`${shape.name}, ${name} behind the proxy, round ${r + 1}: ${fmt(round.rps)} req/s`);
        }
      out[shape.key] = Object.fromEntries(
        Object.entries(rounds).map(([name, list]) => [name, summarise(list)]),
      );
    }
    return out;
  } finally {
    await Promise.all([...proxies, ...replicas].map((p) => p.stop()));
  }
}

function printReport(r) {
  const lines = [
    `\n${r.size}: ${fmt(r.reps, 0)} reps, ${fmt(r.deals, 0)} deals; ${r.clients} clients, ${r.rounds} rounds of ${r.seconds} s; build ${r.commit}${r.dirty ? ' + uncommitted' : ''}`,
    '',
    'req/s: median [min–max of the rounds] (p50 / p99 ms over all rounds)',
    '',
    '| read | ours req/s (p50 / p99 ms) | PostGraphile 5 | our SQL, raw | ours / peer |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const shape of Object.values(r.shapes)) {
    const { ours, peer, raw, bare } = shape.summary;
    const ofBare = bare ? `, ${fmt(ours.rps / bare.rps, 2)} of bare HTTP (${fmt(bare.rps)} req/s)` : '';
    const ratio = peer
      ? fmt(ours.rps / peer.rps, 2)
      : raw
        ? `${fmt(ours.rps / raw.rps, 2)} of raw${ofBare}`
        : '—';
    const peerCell = shape.equal === false ? 'answers differ' : cell(peer);
    lines.push(`| ${shape.name} | ${cell(ours)} | ${peerCell} | ${cell(raw)} | ${ratio} |`);
  }
  lines.push(
    '',
    '| read | statements / request: ours (LOG_SQL) | peer | CPU ms / request: ours | peer | peak RSS MB: ours | peer |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const shape of Object.values(r.shapes)) {
    const { ours, peer } = shape.summary;
    const s = shape.statements;
    lines.push(
      `| ${shape.name} | ${s.ours ?? '?'} (${s.oursLogSql}) | ${s.peer ?? '—'} | ${fmt(ours.cpuMsPerRequest)} | ${peer ? fmt(peer.cpuMsPerRequest) : '—'} | ${fmt(ours.peakRssMb, 0)} | ${peer ? fmt(peer.peakRssMb, 0) : '—'} |`,
    );
  }
  lines.push(
    `\nIdle RSS after start: ours ${fmt(r.idleRssMb.ours, 0)} MB, peer ${fmt(r.idleRssMb.peer, 0)} MB`,
  );
  if (r.peak) {
    lines.push(`\nAt ${r.peak.clients} clients (one round per shape):`, '');
    for (const [key, p] of Object.entries(r.peak.shapes))
      lines.push(`- ${key}: ${fmt(p.rps)} req/s, p99 ${fmt(p.p99)} ms, peak RSS ${fmt(p.peakRssMb, 0)} MB`);
    lines.push(
      `- process peaks over the whole run (VmHWM): ours ${fmt(r.peak.hwmMb.ours, 0)} MB, peer ${fmt(r.peak.hwmMb.peer, 0)} MB`,
    );
  }
  console.log(lines.join('\n'));
}

function printReplicas(r) {
  // Not Object.keys(...)[1]: an integer-like key ("2") comes before "one" in an object's key order.
  const n = Object.keys(Object.values(r.replicas)[0]).find((key) => key !== 'one');
  const lines = [
    '',
    `| read | one API process behind the proxy | ${n} processes behind the proxy | ${n} / one | CPU ms / request: one | ${n} |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [key, s] of Object.entries(r.replicas))
    lines.push(
      `| ${r.shapes[key].name} | ${cell(s.one)} | ${cell(s[n])} | ${fmt(s[n].rps / s.one.rps, 2)} | ${fmt(s.one.cpuMsPerRequest)} | ${fmt(s[n].cpuMsPerRequest)} |`,
    );
  console.log(lines.join('\n'));
}
