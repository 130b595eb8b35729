import { resolve } from 'node:path';

import { CompiledExecution, ResponseCache } from '@salesops/api/core';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

// Whole answers kept per data version and answered before Nest and Apollo (decision 0038).
const BOARD =
  '{ leaderboard(period: "FY2017-Q3", first: 5) { rows { rank repName wonRevenue { amount } } } }';

interface Raw {
  status: number;
  contentType: string | null;
  body: string;
}

describe('response cache', () => {
  let t: TestApp;
  let admin: string;
  let executions: jest.SpyInstance;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    executions = jest.spyOn(t.app.get(CompiledExecution), 'execute');
  }, 120_000);

  afterAll(() => t.stop());

  async function raw(query: string, token: string, variables: Record<string, unknown> = {}): Promise<Raw> {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: await response.text(),
    };
  }

  /** The answer, and whether Apollo executed it (false: it came from the response cache). */
  async function ask(query: string, token: string, variables: Record<string, unknown> = {}) {
    const before = executions.mock.calls.length;
    const answer = await raw(query, token, variables);
    return { answer, executed: executions.mock.calls.length > before };
  }

  it("should answer an admin's repeated leaderboard from the cache, byte for byte, to every admin", async () => {
    const first = await ask(BOARD, admin);
    expect(first.executed).toBe(true);
    const rows = (JSON.parse(first.answer.body) as { data: { leaderboard: { rows: unknown[] } } }).data
      .leaderboard.rows;
    expect(rows).toHaveLength(5);
    // The first answer tells that the document is a whole-answer query; the second is kept; the third is sent.
    expect(await ask(BOARD, admin)).toEqual({ answer: first.answer, executed: true });
    const again = await ask(BOARD, admin);
    expect(again).toEqual({ answer: first.answer, executed: false });
    // Another admin session shares the answer (an admin's scope is everything).
    const otherSession = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    expect(await ask(BOARD, otherSession)).toEqual({ answer: first.answer, executed: false });
  });

  it('should compute the answer again once a write has moved the data version, and then keep the new one', async () => {
    const before = await ask(BOARD, admin);
    const top = (JSON.parse(before.answer.body) as { data: { leaderboard: { rows: { repName: string }[] } } })
      .data.leaderboard.rows[0].repName;
    // A write made by hand in the database: the data version moves in its transaction.
    await t.dataSource.query(
      `UPDATE deal SET amount_minor = amount_minor + 100000000
        WHERE id = (SELECT d.id FROM deal d JOIN rep r ON r.id = d.rep_id JOIN sales_stage s ON s.id = d.stage_id
                     WHERE r.name = $1 AND s.kind = 'WON' AND d.close_date BETWEEN '2017-07-01' AND '2017-09-30'
                     ORDER BY d.id LIMIT 1)`,
      [top],
    );
    const after = await ask(BOARD, admin);
    expect(after.executed).toBe(true);
    expect(after.answer.body).not.toBe(before.answer.body);
    const interpreted = await ask(`${BOARD} `, admin); // other text: not the cached entry
    expect(interpreted.executed).toBe(true);
    expect(interpreted.answer.body).toBe(after.answer.body);
    expect(await ask(BOARD, admin)).toEqual({ answer: after.answer, executed: false });
  });

  it('should never keep answers for managers and reps, whose scope is their own', async () => {
    const manager = await t.login('melvin.marxen@salesops.demo');
    const rep = await t.login('zane.levy@salesops.demo');
    for (const token of [manager, rep]) {
      const first = await ask(BOARD, token);
      const second = await ask(BOARD, token);
      expect([first.executed, second.executed]).toEqual([true, true]);
      expect(second.answer.body).toBe(first.answer.body);
      expect(second.answer.body).not.toBe((await ask(BOARD, admin)).answer.body);
    }
  });

  it('should not read the data version for any other query', async () => {
    const statements = jest.spyOn(t.dataSource, 'query');
    const page = '{ reps(first: 3) { edges { node { name } } } }';
    for (let i = 0; i < 3; i++) expect((await ask(page, admin)).executed).toBe(true);
    const versionReads = statements.mock.calls.filter(([text]) => String(text).includes('data_version'));
    statements.mockRestore();
    expect(versionReads).toEqual([]);
  });

  it('should not keep a query with other fields, nor an answer with errors', async () => {
    const mixed = `{ me { name } ${BOARD.slice(1)}`;
    await ask(mixed, admin);
    expect((await ask(mixed, admin)).executed).toBe(true);
    const refused = '{ leaderboard(period: "FY2017-Q5") { rows { rank } } }';
    const first = await ask(refused, admin);
    expect(JSON.parse(first.answer.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await ask(refused, admin)).executed).toBe(true);
    expect((await ask(refused, admin)).executed).toBe(true);
  });

  it("should keep each API key's answers apart, so a key without READ is refused after an admin's answer was kept", async () => {
    await ask(BOARD, admin);
    expect((await ask(BOARD, admin)).executed).toBe(false);
    const create = (scopes: string[]) =>
      t.gql<{ createApiKey: { key: string } }>(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
        { input: { name: `cache ${scopes.join(' ')}`, scopes } },
        admin,
      );
    const writer = (await create(['WRITE_GOALS'])).data?.createApiKey.key as string;
    const refused = await ask(BOARD, writer);
    expect(refused.executed).toBe(true);
    expect(JSON.parse(refused.answer.body).errors[0].message).toBe('This API key lacks the READ scope');
    const reader = (await create(['READ'])).data?.createApiKey.key as string;
    const read = await ask(BOARD, reader);
    expect(read.executed).toBe(true);
    expect(read.answer.body).toBe((await ask(BOARD, admin)).answer.body);
    expect((await ask(BOARD, reader)).executed).toBe(false);
  });

  it('should refuse an ended session even for an answer it was given from the cache a moment before', async () => {
    const session = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    await ask(BOARD, session);
    expect((await ask(BOARD, session)).executed).toBe(false);
    await t.gql('mutation { logout }', {}, session);
    const after = await raw(BOARD, session);
    expect(JSON.parse(after.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(t.app.get(ResponseCache).size).toBeGreaterThan(0);
  });
});
