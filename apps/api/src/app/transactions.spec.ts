import { inTransaction } from '@salesops/api/core';

import { TestApp } from '../testing/test-app';

describe('transactions retried after a lost race', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.dataSource.query('CREATE TABLE race_probe (id int PRIMARY KEY, hits int NOT NULL DEFAULT 0)');
    await t.dataSource.query('INSERT INTO race_probe (id) VALUES (1), (2)');
  });

  afterAll(() => t.stop());

  // Two transactions need two connections: the embedded database serves one at a time.
  const concurrent = process.env['DATABASE_URL'] ? it : it.skip;

  concurrent(
    'should run a transaction PostgreSQL aborted for a deadlock again, whole, so both writers succeed',
    async () => {
      let arrived = 0;
      let release: () => void = () => undefined;
      const bothHoldTheirFirstRow = new Promise<void>((resolve) => (release = resolve));
      const meet = async () => {
        if (++arrived === 2) release();
        await bothHoldTheirFirstRow;
      };
      const attempts = { a: 0, b: 0 };
      // Opposite lock order: PostgreSQL finds the deadlock and aborts one of them.
      const writer = (name: 'a' | 'b', first: number, second: number) =>
        inTransaction(t.dataSource, async (manager) => {
          attempts[name]++;
          await manager.query('UPDATE race_probe SET hits = hits + 1 WHERE id = $1', [first]);
          await meet();
          await manager.query('UPDATE race_probe SET hits = hits + 1 WHERE id = $1', [second]);
        });
      await Promise.all([writer('a', 1, 2), writer('b', 2, 1)]);
      expect(attempts.a + attempts.b).toBe(3);
      // The aborted attempt left nothing behind: each row counted each writer once.
      expect(await t.dataSource.query('SELECT id, hits FROM race_probe ORDER BY id')).toEqual([
        { id: 1, hits: 2 },
        { id: 2, hits: 2 },
      ]);
    },
    20_000,
  );

  it('should not run again a transaction that failed for any other reason', async () => {
    let attempts = 0;
    await expect(
      inTransaction(t.dataSource, async (manager) => {
        attempts++;
        await manager.query('INSERT INTO race_probe (id) VALUES (1)');
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(attempts).toBe(1);
  });
});
