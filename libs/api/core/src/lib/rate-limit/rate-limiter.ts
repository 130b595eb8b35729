/** One caller's allowance: `limit` requests a minute, at most `limit` of them at once. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  /** Requests the caller may still send right now. */
  remaining: number;
  /** Seconds until the next request is allowed (0 when allowed now). */
  retryAfterSeconds: number;
  /** Seconds until the allowance is whole again. */
  resetSeconds: number;
}

/** Where the buckets are kept: this process's memory (RateLimiter) or PostgreSQL (PostgresRateLimiter). */
export interface RateLimitStore {
  take(caller: string, limit: number): RateDecision | Promise<RateDecision>;
}

/** The decision for a bucket that holds `tokens` after this request (spent when `allowed`). */
export function decisionFor(tokens: number, allowed: boolean, limit: number): RateDecision {
  const perMs = limit / 60_000;
  return {
    allowed,
    limit,
    remaining: Math.floor(tokens),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
    resetSeconds: Math.ceil((limit - tokens) / perMs / 1000),
  };
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets, one per caller: each holds up to `limit` requests and refills at `limit` a minute,
 * so a caller may spend a minute's allowance in a burst and then goes at the steady rate. Kept in
 * memory: per API instance, reset on restart (a fleet behind a balancer multiplies the limit: use
 * PostgresRateLimiter there, RATE_LIMIT_STORE=postgres).
 */
export class RateLimiter implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  take(caller: string, limit: number): RateDecision {
    const now = this.now();
    const perMs = limit / 60_000;
    const bucket = this.buckets.get(caller) ?? { tokens: limit, at: now };
    bucket.tokens = Math.min(limit, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(caller, bucket);
    if (this.buckets.size > 50_000) this.prune(now);
    return decisionFor(bucket.tokens, allowed, limit);
  }

  /** Forgets callers whose bucket has refilled: they would start full anyway. */
  private prune(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (now - bucket.at >= 60_000) this.buckets.delete(caller);
    }
  }
}
