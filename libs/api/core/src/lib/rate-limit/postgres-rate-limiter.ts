import { type DataSource } from 'typeorm';

import { pruneBuckets, takeFromBucket } from './rate-limit.queries';
import { decisionFor, type RateDecision, type RateLimitStore } from './rate-limiter';

/** Prune the table once in this many takes (one statement, cheap while the table is small). */
const PRUNE_EVERY = 5_000;

/**
 * The same token buckets as RateLimiter, kept in PostgreSQL (an unlogged table, `rate_limit_bucket`), so
 * every API process on one database shares one allowance per caller: N replicas behind a balancer
 * behave as one. Costs one statement per limited request; a restart of PostgreSQL empties the table
 * (unlogged), which only refills every bucket.
 */
export class PostgresRateLimiter implements RateLimitStore {
  private takes = 0;

  constructor(private readonly dataSource: DataSource) {}

  async take(caller: string, limit: number): Promise<RateDecision> {
    if (++this.takes % PRUNE_EVERY === 0) await pruneBuckets(this.dataSource.manager);
    const { tokens, allowed } = await takeFromBucket(this.dataSource.manager, caller, limit);
    return decisionFor(Number(tokens), allowed, limit);
  }
}
