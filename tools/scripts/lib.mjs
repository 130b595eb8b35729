// Small helpers shared by the repo's scripts (start, dev, test). Plain Node, no dependencies beyond pg.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
export const API_CLI = 'dist/apps/api/apps/api/src/cli.js';
export const PORTAL_DIR = 'dist/apps/portal/browser';

/** Runs a command with inherited output; rejects with its name when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

// Nx starts some tools through a shell (jest's `#!/usr/bin/env node`), which takes `node` from PATH:
// put this script's Node first, so every step runs on the Node that was asked for (the Node matrix).
process.env.PATH = [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter);
// Nx reads the jest.config.ts files to infer the test targets. Node 22.18+ strips their types itself; on
// Node 20 Nx uses ts-node (the only transpiler installed) and says so once per config: say it first.
if (!process.features.typescript) process.env.NX_PREFER_TS_NODE ??= 'true';

const require = createRequire(import.meta.url);
const nxPackage = require.resolve('nx/package.json');
export const NX_BIN = join(dirname(nxPackage), require(nxPackage).bin.nx);

export const nx = (args, options) => run(process.execPath, [NX_BIN, ...args], options);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls a URL until it answers 200, or fails after the timeout. */
export async function waitForOk(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000}s`);
}
