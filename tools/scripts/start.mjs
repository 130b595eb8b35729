// `npm start`: builds the API and the portal, then serves both from one origin on the embedded
// database with the demo data (or on DATABASE_URL when set).
import { spawn } from 'node:child_process';

import { API_MAIN, nx, PORTAL_DIR } from './lib.mjs';

await nx(['run-many', '-t', 'build', '-p', 'api', 'portal', '--outputStyle=static']);
const child = spawn(process.execPath, [API_MAIN], {
  stdio: 'inherit',
  env: { PORTAL_DIR, HOST: '127.0.0.1', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
