// `npm run dev`: the API recompiled and restarted on change (port 3000), the portal served by the
// Angular dev server with live reload (port 4200, /graphql proxied to the API).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, watch } from 'node:fs';
import { createRequire } from 'node:module';

import { API_MAIN, nx, NX_BIN } from './lib.mjs';

const require = createRequire(import.meta.url);
await nx(['run', 'api:build', '--outputStyle=static']);

// The API is restarted by watching its whole output folder, not the loaded files (as `node --watch`
// does): a full rebuild deletes and rewrites dist/apps/api, which leaves watches on old files dead.
let api = null;
let restartTimer = null;
const startApi = () => {
  if (!existsSync(API_MAIN)) return;
  api = spawn(process.execPath, [API_MAIN], { stdio: 'inherit' });
  api.once('exit', () => (api = null));
};
const restartApi = () => {
  clearTimeout(restartTimer);
  // After the compiler's burst of writes has settled.
  restartTimer = setTimeout(async () => {
    if (api) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    console.log('\n[dev] API output changed: restarting the API');
    startApi();
  }, 400);
};
// Node's recursive watch on Linux walks the folders itself and fails when a rebuild deletes one under
// it: then it is set up again, and the API restarted once the output is back.
let watcher = null;
const watchOutput = () => {
  mkdirSync('dist/apps', { recursive: true });
  watcher = watch('dist/apps', { recursive: true }, (_event, file) => {
    if (file && file.startsWith('api') && file.endsWith('.js')) restartApi();
  });
  watcher.on('error', () => {
    watcher.close();
    setTimeout(watchOutput, 500);
    restartApi();
  });
};
watchOutput();
startApi();

const children = [
  spawn(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-w',
      '--preserveWatchOutput',
      '-p',
      'apps/api/tsconfig.app.json',
    ],
    { stdio: 'inherit' },
  ),
  spawn(process.execPath, [NX_BIN, 'run', 'portal:serve'], { stdio: 'inherit' }),
];
const stop = () => {
  watcher?.close();
  clearTimeout(restartTimer);
  api?.kill('SIGTERM');
  children.forEach((child) => child.kill('SIGTERM'));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
