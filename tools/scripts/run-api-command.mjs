// Builds the API, then runs one of its commands: seed-demo, create-admin, export-schema, generate-migration.
import { API_CLI, nx, run } from './lib.mjs';

await nx(['run', 'api:build', '--outputStyle=static'], { stdio: ['inherit', 'ignore', 'inherit'] });
await run(process.execPath, [API_CLI, ...process.argv.slice(2)]);
