// Bundles report.ts (TypeScript, with the workspace's @salesops/* aliases) and prints the backtest tables
// docs/forecasting.md quotes: `node tools/forecast-backtest/run.mjs`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'forecast-backtest-'));
try {
  await build({
    entryPoints: [join(here, 'report.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    tsconfig: join(here, '../../tsconfig.base.json'),
    outfile: join(out, 'report.cjs'),
    // __dirname in the bundle must be the script's folder, where the data path is resolved from.
    define: { __dirname: JSON.stringify(here) },
    logLevel: 'error',
  });
  await import(pathToFileURL(join(out, 'report.cjs')).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
