import { type EntityManager } from 'typeorm';

import { query, sql } from '../database/sql';

type Runner = Pick<EntityManager, 'query'>;

export interface BucketRow {
  /** Requests left in the bucket after this one (a fraction between whole requests). */
  tokens: number;
  allowed: boolean;
}

/**
 * Takes one request from a caller's token bucket in one statement, atomically across every API process
 * on the database: the bucket refills at `limit` a minute (by the database's clock, so replicas whose
 * clocks differ still agree) up to `limit`, and gives one token when it holds at least one. A new caller
 * starts full. Concurrent takes of one caller queue on its row, so no two processes spend one token.
 */
export async function takeFromBucket(runner: Runner, caller: string, limit: number): Promise<BucketRow> {
  // The stored bucket refilled for the time since it was last taken from (written once, used three times).
  const refilled = sql`LEAST(${limit}::float8,
    b.tokens + GREATEST(0, excluded.at_ms - b.at_ms) * ${limit}::float8 / 60000)`;
  const rows = await query<BucketRow>(
    runner,
    sql`WITH now AS (SELECT extract(epoch FROM clock_timestamp()) * 1000 AS ms)
        INSERT INTO rate_limit_bucket AS b (caller, tokens, at_ms, allowed)
        SELECT ${caller}, ${limit}::float8 - 1, now.ms, ${limit}::float8 >= 1 FROM now
        ON CONFLICT (caller) DO UPDATE SET
          tokens = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
          allowed = ${refilled} >= 1,
          at_ms = GREATEST(b.at_ms, excluded.at_ms)
        RETURNING tokens, allowed`,
  );
  return rows[0];
}

/** Forgets buckets untouched for a minute: they would have refilled, and a new one starts full. */
export async function pruneBuckets(runner: Runner): Promise<void> {
  await query(
    runner,
    sql`DELETE FROM rate_limit_bucket WHERE at_ms < extract(epoch FROM clock_timestamp()) * 1000 - 60000`,
  );
}
