// `npm run dev`: the API recompiled and restarted on change (port 3000), the portal served by the
// Angular dev server with live reload (port 4200, /graphql proxied to the API).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { API_MAIN, nx, NX_BIN } from './lib.mjs';

const require = createRequire(import.meta.url);
await nx(['run', 'api:build', '--outputStyle=static']);
const children = [
  spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-w', '--preserveWatchOutput', '-p', 'apps/api/tsconfig.app.json'], { stdio: 'inherit' }),
  spawn(process.execPath, ['--watch', API_MAIN], { stdio: 'inherit' }),
  spawn(process.execPath, [NX_BIN, 'run', 'portal:serve'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
