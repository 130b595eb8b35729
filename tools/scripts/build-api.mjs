// Compiles the API and the libs it imports to dist/apps/api (CommonJS, decorator metadata kept).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist/apps/api', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'apps/api/tsconfig.app.json'], {
  stdio: 'inherit',
});
