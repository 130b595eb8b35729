// The dashboard's Largest Contentful Paint in Chromium, on the demo data (see docs/benchmarks.md).
// Builds nothing: run `npx nx run-many -t build -p api portal` first.
// Usage: node tools/bench/lcp.mjs [--runs 15] [--path /dashboard] [--portal dist/apps/portal/browser]
//          [--versus OTHER_PORTAL_DIR] [--warm] [--waterfall] [--screenshots DIR] [--profile FILE]
// Starts the built API on the embedded database (a fresh data dir, seeded with the demo data), serving the
// portal, signs in once as the demo admin, then loads the page `runs` times, each in a fresh browser context
// with the session in its storage (an empty HTTP cache: a first visit of a signed-in user; --warm keeps one
// context, so the chunks come from the cache) against the warm server. Debian's Chromium, headless.
// --versus DIR serves a second build from a second API (its own database, the same demo data) and loads the
// two in turn, one of each per round (which goes first alternates): on a shared, loaded machine the pair's
// difference, round by round, says more than two medians measured minutes apart.
// --profile FILE adds one load of the first build with Chromium's trace on (main-thread tasks and a sampled
// CPU profile), written as FILE (DevTools' Performance panel opens it), and prints what ran before the LCP.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

import { API_CLI, API_MAIN, freePort, PORTAL_DIR, run, waitForOk } from '../scripts/lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', 15));
const PATH = option('path', '/dashboard');
const PORTAL = resolve(option('portal', PORTAL_DIR));
const VERSUS = option('versus', null) && resolve(option('versus', null));
const WARM = args.includes('--warm');
const WATERFALL = args.includes('--waterfall');
const SHOTS = option('screenshots', null);
const PROFILE = option('profile', null);
const VIEWPORT = { width: 1280, height: 800 };

for (const file of [
  API_MAIN,
  API_CLI,
  join(PORTAL, 'index.html'),
  ...(VERSUS ? [join(VERSUS, 'index.html')] : []),
]) {
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npx nx run-many -t build -p api portal\` first`);
}

// Installed before the page's own scripts: keeps each LCP candidate with a description of its element, which
// may have left the DOM by the time the figures are read (a placeholder replaced by the data).
function observeLcp() {
  const candidates = [];
  globalThis.__lcp = candidates;
  const describe = (element) => {
    if (!element) return '(none)';
    const id = element.getAttribute('data-testid');
    const classes = [...element.classList].slice(0, 3).join('.');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${classes ? ` .${classes}` : ''}> "${text}"`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      candidates.push({ startTime: entry.startTime, size: entry.size, element: describe(entry.element) });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

// The page has settled once the KPI cards show a figure and no request has been open for a while.
async function settled(page) {
  if (PATH.startsWith('/dashboard')) await page.getByTestId('kpi-won-revenue').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

async function measure(context) {
  const page = await context.newPage();
  await page.addInitScript(observeLcp);
  await page.goto(PATH);
  await settled(page);
  const figures = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const requests = performance.getEntriesByType('resource').map((entry) => ({
      name: new URL(entry.name).pathname,
      type: entry.initiatorType,
      start: entry.startTime,
      end: entry.responseEnd,
      bytes: entry.transferSize,
    }));
    const candidates = globalThis.__lcp;
    return {
      lcp: candidates.at(-1),
      fcp: fcp?.startTime ?? null,
      document: navigation?.responseEnd ?? null,
      candidates,
      requests,
    };
  });
  await page.close();
  return figures;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
const ms = (value) => (value == null ? '-' : `${value.toFixed(0)} ms`);

/** The built API on a fresh embedded database with the demo data, serving `portal`. */
async function startApi(portal) {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesops-lcp-'));
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const api = { base: `http://127.0.0.1:${port}`, portal, dataDir, process: null };
  apis.push(api);
  await run(process.execPath, [API_CLI, 'seed-demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  api.process = spawn(process.execPath, [API_MAIN], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_DIR: portal,
      LOG_LEVEL: 'warn',
      FORECAST_SNAPSHOT_MINUTES: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForOk(`${api.base}/ready`);
  return api;
}

async function stopApi(api) {
  if (api.process) {
    const exited = new Promise((done) => api.process.on('exit', done));
    api.process.kill('SIGTERM');
    await exited;
  }
  rmSync(api.dataDir, { recursive: true, force: true });
}

/** Signs in once as the demo admin; what a fresh context needs to start signed in. */
async function signIn(base) {
  const context = await browser.newContext({ baseURL: base, viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-email').fill('admin@salesops.demo');
  await page.getByTestId('login-password').fill('demo-admin');
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/dashboard**');
  await settled(page);
  const storageState = await context.storageState();
  await context.close();
  return storageState;
}

/** Loads of one build: a first one that warms the server (and, with --warm, the cache), not counted. */
async function series(api) {
  const storageState = await signIn(api.base);
  const newContext = () => browser.newContext({ baseURL: api.base, viewport: VIEWPORT, storageState });
  const shared = WARM ? await newContext() : null;
  const results = [];
  const load = async () => {
    const context = shared ?? (await newContext());
    const figures = await measure(context);
    if (!shared) await context.close();
    return figures;
  };
  await load();
  return { api, storageState, results, load, close: () => shared?.close() };
}

function report(label, results, waterfall) {
  // Chromium reports no LCP for a load now and then (the page counted as hidden): such a run is left out.
  const lcps = results
    .map((result) => result.lcp?.startTime)
    .filter((value) => value != null)
    .sort((a, b) => a - b);
  const fcps = results
    .map((result) => result.fcp)
    .filter((value) => value != null)
    .sort((a, b) => a - b);
  const median = results.find((result) => result.lcp?.startTime === quantile(lcps, 0.5));
  console.log(`${PATH}, ${results.length} loads, ${WARM ? 'warm' : 'empty'} browser cache, portal ${label}`);
  if (lcps.length < results.length)
    console.log(`${results.length - lcps.length} load(s) reported no LCP and are left out`);
  console.log(
    `LCP median ${ms(quantile(lcps, 0.5))}, p25-p75 ${ms(quantile(lcps, 0.25))}-${ms(quantile(lcps, 0.75))},` +
      ` min-max ${ms(lcps[0])}-${ms(lcps.at(-1))}; FCP median ${ms(quantile(fcps, 0.5))}`,
  );
  const elements = new Map();
  for (const result of results)
    elements.set(result.lcp?.element, (elements.get(result.lcp?.element) ?? 0) + 1);
  for (const [element, count] of elements)
    console.log(`LCP element (${count}/${results.length}): ${element}`);
  if (waterfall && median) {
    console.log(
      `\nThe median load: document ${ms(median.document)}, FCP ${ms(median.fcp)}, LCP ${ms(median.lcp?.startTime)}`,
    );
    for (const request of median.requests) {
      const size = request.bytes ? `${(request.bytes / 1024).toFixed(1)} kB` : '';
      console.log(
        `  ${ms(request.start).padStart(7)} ${ms(request.end).padStart(7)}  ${request.type.padEnd(14)} ${size.padStart(9)}  ${request.name}`,
      );
    }
  }
}

/**
 * One more load of a build with Chromium's trace on (the main thread's tasks and a sampled CPU profile): the
 * trace written to PROFILE (DevTools' Performance panel opens it), what ran before the LCP printed.
 */
async function profileOne(one) {
  const context = await browser.newContext({
    baseURL: one.api.base,
    viewport: VIEWPORT,
    storageState: one.storageState,
  });
  const page = await context.newPage();
  await page.addInitScript(observeLcp);
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'loading',
      'blink.user_timing',
      'v8.execute',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-v8.cpu_profiler',
    ],
  });
  await page.goto(PATH);
  await settled(page);
  const trace = await browser.stopTracing();
  await context.close();
  writeFileSync(PROFILE, trace);
  summarizeTrace(JSON.parse(trace.toString()));
}

function summarizeTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const lcps = events.filter((event) => event.name === 'largestContentfulPaint::Candidate');
  if (lcps.length === 0) return console.log('\nthe profiled load reported no LCP');
  const { pid } = lcps.at(-1);
  const mains = events.filter(
    (e) => e.pid === pid && e.name === 'thread_name' && e.args.name === 'CrRendererMain',
  );
  const tid = mains[0]?.tid;
  // The page's own navigation (the renderer also starts blank documents, without an address).
  const starts = events
    .filter((e) => e.pid === pid && e.name === 'navigationStart' && e.args.data?.documentLoaderURL)
    .map((e) => e.ts);
  const zero = Math.max(...starts.filter((ts) => ts <= lcps.at(-1).ts));
  const end = lcps.at(-1).ts;
  const at = (ts) => (ts - zero) / 1000;
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, value]) => `  ${value.toFixed(0).padStart(6)} ms  ${key}`)
      .join('\n');

  // The main thread's tasks between the navigation and the LCP, and the top-level events inside them.
  const main = events.filter(
    (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= zero && e.ts < end,
  );
  const tasks = main.filter((e) => e.name === 'RunTask');
  const busy = tasks.reduce((sum, e) => sum + Math.min(e.dur, end - e.ts), 0) / 1000;
  const kinds = new Map();
  for (const e of main.filter((e) => e.name !== 'RunTask')) {
    const parent = tasks.find((task) => task.ts <= e.ts && e.ts < task.ts + task.dur);
    const nested = main.some(
      (o) => o !== e && o.name !== 'RunTask' && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur && o.dur > e.dur,
    );
    if (parent && !nested) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(
    `\nTrace of one load (${PROFILE}): LCP ${at(end).toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms before it`,
  );
  console.log(`by top-level event:\n${top(kinds, 12)}`);
  const long = tasks
    .filter((e) => e.dur > 50_000)
    .map((e) => `${at(e.ts).toFixed(0)}+${(e.dur / 1000).toFixed(0)}`)
    .join(', ');
  console.log(`tasks over 50 ms (start+duration, ms): ${long}`);

  // The sampled CPU profile of that thread, self time up to the LCP, by script and by function.
  const nodes = new Map();
  const byFunction = new Map();
  const byScript = new Map();
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(e.id, { time: e.args.data.startTime, tid: e.tid });
    if (e.name !== 'ProfileChunk') continue;
    const state = profiles.get(e.id);
    if (!state || state.tid !== tid) continue;
    const { cpuProfile, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node);
    (cpuProfile?.samples ?? []).forEach((id, i) => {
      const before = state.time;
      state.time += timeDeltas[i] ?? 0;
      if (before < zero || state.time > end) return;
      const { callFrame } = nodes.get(`${e.id}:${id}`);
      if (['(idle)', '(program)', '(root)'].includes(callFrame.functionName)) return;
      const delta = (timeDeltas[i] ?? 0) / 1000;
      let script = `(${callFrame.functionName})`;
      if (callFrame.url) script = new URL(callFrame.url).pathname;
      const key = `${callFrame.functionName || '(anonymous)'} ${script}:${callFrame.lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + delta);
      byScript.set(script, (byScript.get(script) ?? 0) + delta);
    });
  }
  console.log(
    `JavaScript by script (self):\n${top(byScript, 12)}\nby function (self):\n${top(byFunction, 30)}`,
  );
}

const apis = [];
let browser;
try {
  const [main, versus] = await Promise.all([startApi(PORTAL), VERSUS ? startApi(VERSUS) : null]);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const ours = await series(main);
  const theirs = versus ? await series(versus) : null;
  for (let i = 0; i < RUNS; i++) {
    // In turn, the first of each round alternating, so neither build always meets the other's aftermath.
    const round = theirs && i % 2 === 1 ? [theirs, ours] : [ours, theirs];
    for (const one of round) if (one) one.results.push(await one.load());
  }
  await ours.close();
  await theirs?.close();

  report(PORTAL, ours.results, WATERFALL);
  if (theirs) {
    console.log('');
    report(VERSUS, theirs.results, WATERFALL);
    const differences = ours.results
      .map((result, i) => {
        const other = theirs.results[i].lcp?.startTime;
        return result.lcp && other != null ? result.lcp.startTime - other : null;
      })
      .filter((value) => value != null)
      .sort((a, b) => a - b);
    console.log(
      `\nLCP ${PORTAL} minus ${VERSUS}, round by round: median ${ms(quantile(differences, 0.5))},` +
        ` p25-p75 ${ms(quantile(differences, 0.25))}-${ms(quantile(differences, 0.75))}` +
        ` (${differences.length} rounds with both)`,
    );
  }

  if (PROFILE) await profileOne(ours);

  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 390]) {
      const context = await browser.newContext({
        baseURL: main.base,
        viewport: { width, height: 900 },
        storageState: ours.storageState,
      });
      for (const path of ['/dashboard', '/deals', '/teams', '/goals']) {
        const shot = await context.newPage();
        await shot.goto(path);
        await shot.waitForLoadState('networkidle');
        await shot.waitForTimeout(500);
        await shot.screenshot({ path: join(SHOTS, `${path.slice(1)}-${width}.png`), fullPage: false });
        await shot.close();
      }
      await context.close();
    }
    console.log(`screenshots in ${SHOTS}`);
  }
} finally {
  await browser?.close();
  await Promise.all(apis.map(stopApi));
}
