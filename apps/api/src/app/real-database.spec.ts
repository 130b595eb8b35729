import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { verify } from '@node-rs/argon2';
import { DEFAULT_STAGES } from '@salesops/api/pipeline';
import { Client } from 'pg';

import { createTestDatabase, type TestDatabase } from '../testing/test-database';

const ROOT = resolve(__dirname, '../../../..');
const CLI = resolve(ROOT, 'dist/apps/api/apps/api/src/cli.js');
const run = promisify(execFile);

// The built CLI as a team runs it on its own PostgreSQL (README: admin:create, seed:demo). Needs
// `nx run api:build` first; `npm test` builds before this suite.
const describeWithServer = process.env['DATABASE_URL'] ? describe : describe.skip;

describeWithServer('a real database: the first admin, the default sales process, the demo kept apart', () => {
  const databases: TestDatabase[] = [];

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`Build the API first (npx nx run api:build): ${CLI} is missing`);
  });

  afterAll(() => Promise.all(databases.map((database) => database.drop())));

  async function database(): Promise<TestDatabase> {
    const created = await createTestDatabase();
    databases.push(created);
    return created;
  }

  const cli = (db: TestDatabase, ...args: string[]) =>
    // From the repository root, as `npm run` runs it (jest runs in apps/api), with the demo's files.
    run(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        LOG_LEVEL: 'warn',
        ADMIN_PASSWORD: 'first-admin-1',
        DEMO_DATA_DIR: resolve(ROOT, 'data/crm-sales-opportunities'),
      },
    });

  async function rows<T>(db: TestDatabase, text: string): Promise<T[]> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('should give a new database its first admin and the default sales process, and refuse the demo there', async () => {
    const db = await database();
    const created = await cli(db, 'create-admin', '--email', 'ops@team.test', '--name', 'Ops');
    expect(created.stdout).toContain('Created admin ops@team.test.');
    expect(created.stdout).toContain('it now has the default one (Prospecting, Qualified, Proposal');
    const stages = await rows<{ name: string; kind: string; win_probability: number }>(
      db,
      'SELECT name, kind, win_probability FROM sales_stage ORDER BY position',
    );
    expect(stages).toEqual(
      DEFAULT_STAGES.map((stage) => ({
        name: stage.name,
        kind: stage.kind,
        win_probability: stage.winProbability,
      })),
    );
    // A second admin leaves the process as the team has made it.
    await rows(db, "UPDATE sales_stage SET name = 'Discovery' WHERE name = 'Qualified'");
    const second = await cli(db, 'create-admin', '--email', 'boss@team.test', '--name', 'Boss');
    expect(second.stdout).not.toContain('sales process');
    expect(await rows(db, 'SELECT 1 FROM sales_stage')).toHaveLength(6);

    // The demo never mixes with a team's data: refused, saying what the database holds, nothing loaded.
    const refused = cli(db, 'seed-demo', '--demo-passwords');
    await expect(refused).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already holds data (2 users, 6 sales stages)'),
    });
    expect(await rows(db, 'SELECT 1 FROM rep')).toHaveLength(0);
  });

  it('should load the demo into an empty PostgreSQL database with passwords of its own, shown once', async () => {
    const db = await database();
    const seeded = await cli(db, 'seed-demo');
    expect(seeded.stdout).toContain('Loaded 35 reps');
    const shown = /admin@salesops\.demo \/ (\S+);.* \/ (\S+)\.$/m.exec(seeded.stdout);
    expect(shown).not.toBeNull();
    const [, adminPassword, repPassword] = shown as RegExpExecArray;
    const [admin] = await rows<{ password_hash: string }>(
      db,
      "SELECT password_hash FROM app_user WHERE email = 'admin@salesops.demo'",
    );
    const [rep] = await rows<{ password_hash: string }>(
      db,
      "SELECT password_hash FROM app_user WHERE email = 'darcel.schlecht@salesops.demo'",
    );
    // Not the README's well-known passwords: the ones printed.
    expect(await verify(admin.password_hash, 'demo-admin')).toBe(false);
    expect(await verify(rep.password_hash, 'demo-pass')).toBe(false);
    expect(await verify(admin.password_hash, adminPassword)).toBe(true);
    expect(await verify(rep.password_hash, repPassword)).toBe(true);

    // Run again, it refuses rather than loading nothing in silence.
    await expect(cli(db, 'seed-demo')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/already holds data \(42 users, 35 reps, 9 teams, 8800 deals/),
    });
  }, 240_000);
});
