import { type DataSource, type EntityManager } from 'typeorm';

import { claimIdempotencyKey } from '../idempotency/idempotency';

/** PostgreSQL answers these when a transaction lost a race it can simply run again. */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/**
 * Runs `work` in one transaction, and runs it again from the start (up to `attempts` times in all) when
 * PostgreSQL aborts it for a serialization failure or a deadlock: the transaction rolled back whole, so
 * nothing of the failed attempt remains. `work` must only write through `manager`. In a mutation sent
 * with an Idempotency-Key, the key is taken first, in the same transaction.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(async (manager) => {
        await claimIdempotencyKey(manager);
        return work(manager);
      });
    } catch (error) {
      const code =
        (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
        (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE_SQLSTATES.has(code)) throw error;
      // A short, jittered pause so the two sides of a deadlock do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
