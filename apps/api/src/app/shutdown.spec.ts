import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { createTestDatabase, type TestDatabase } from '../testing/test-database';

const DIST = resolve(__dirname, '../../../../dist/apps/api/apps/api/src');
const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

// The built server as it runs in production (SIGTERM handling lives in main.ts), on a PostgreSQL
// database of its own. Needs `nx run api:build` first; `npm test` builds before this suite.
const describeWithServer = process.env['DATABASE_URL'] ? describe : describe.skip;

describeWithServer('graceful shutdown of the built server', () => {
  let database: TestDatabase;
  let server: ChildProcess;
  let base: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'main.js')))
      throw new Error(`Build the API first (npx nx run api:build): ${DIST}/main.js is missing`);
    database = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD: 'shutdown-test-1',
    };
    await run(
      process.execPath,
      [resolve(DIST, 'cli.js'), 'create-admin', '--email', 'ops@shutdown.test', '--name', 'Ops'],
      { env },
    );
    server = spawn(process.execPath, [resolve(DIST, 'main.js')], { env, stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const ready = await fetch(`${base}/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ready) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the server did not become ready');
  }, 60_000);

  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL');
    await database?.drop();
  });

  it('should finish a request in flight on SIGTERM, refuse new ones, and exit 0', async () => {
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(input: { email: "ops@shutdown.test", password: "shutdown-test-1" }) { token } }',
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;

    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ query: '{ me { email } }' });
    let sendRest: () => void = () => undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body.slice(0, 10)));
        sendRest = () => {
          controller.enqueue(new TextEncoder().encode(body.slice(10)));
          controller.close();
        };
      },
    });
    const inFlight = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        authorization: `Bearer ${token}`,
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 300));

    const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();

    sendRest();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { me: { email: 'ops@shutdown.test' } } });
    expect(await exited).toBe(0);
  }, 30_000);
});
