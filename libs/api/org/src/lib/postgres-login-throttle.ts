import { type DataSource } from 'typeorm';

import {
  KNOWN_ADDRESSES_PER_EMAIL,
  type LoginThrottleStore,
  MAX_EMAIL_DELAY_SECONDS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_PAIR,
  pairKey,
  refuse,
  SLOW_EMAIL_AFTER,
  type ThrottleEvent,
  WINDOW_MS,
} from './login-throttle';
import {
  countFailure,
  pruneFailures,
  rememberSignIn,
  type ThrottleKeys,
  type ThrottleRules,
  throttleWait,
} from './login-throttle.queries';

const RULES: ThrottleRules = {
  windowMs: WINDOW_MS,
  maxPerPair: MAX_FAILURES_PER_PAIR,
  maxPerAddress: MAX_FAILURES_PER_ADDRESS,
  slowEmailAfter: SLOW_EMAIL_AFTER,
  maxEmailDelaySeconds: MAX_EMAIL_DELAY_SECONDS,
  knownAddressesPerEmail: KNOWN_ADDRESSES_PER_EMAIL,
};

/** Prune the failures table once in this many failures (one statement, cheap while the table is small). */
const PRUNE_EVERY = 1_000;

/**
 * The login throttle's rules (LoginThrottle) with its counts kept in PostgreSQL (unlogged tables
 * `login_failure` and `login_known_address`), so every API process on one database shares one allowance
 * of failed sign-ins: a guesser spreading tries over N replicas gets no more than against one. One
 * statement per check, per failure and per success, each atomic and on the database's clock. A restart of
 * PostgreSQL empties the tables (unlogged), which forgets pauses and known addresses as a restart of a
 * process forgets the memory throttle's. While the database is away every call rejects with its error,
 * which the API answers SERVICE_UNAVAILABLE (HTTP 503, Retry-After), as the rate limits do.
 */
export class PostgresLoginThrottle implements LoginThrottleStore {
  private failures = 0;

  constructor(private readonly dataSource: DataSource) {}

  async check(email: string, address: string): Promise<void> {
    const waitMs = await throttleWait(this.dataSource.manager, keysOf(email, address), email, address, RULES);
    if (waitMs !== null) refuse(Math.ceil(waitMs / 1000));
  }

  async fail(email: string, address: string): Promise<ThrottleEvent[]> {
    if (++this.failures % PRUNE_EVERY === 0) await pruneFailures(this.dataSource.manager, RULES);
    const keys = keysOf(email, address);
    const rows = await countFailure(this.dataSource.manager, keys, RULES);
    const row = (key: string) => rows.find((r) => r.key === key) ?? { count: 0, left_ms: 0 };
    const minutes = (leftMs: number) => Math.ceil(leftMs / 60_000);
    const [pair, byAddress, byEmail] = [row(keys.pair), row(keys.address), row(keys.email)];
    const events: ThrottleEvent[] = [];
    if (pair.count === MAX_FAILURES_PER_PAIR)
      events.push({ kind: 'pair', email, address, count: pair.count, minutes: minutes(pair.left_ms) });
    if (byAddress.count === MAX_FAILURES_PER_ADDRESS)
      events.push({ kind: 'address', address, count: byAddress.count, minutes: minutes(byAddress.left_ms) });
    if (byEmail.count === SLOW_EMAIL_AFTER) events.push({ kind: 'email', email, count: byEmail.count });
    return events;
  }

  async succeed(email: string, address: string): Promise<void> {
    await rememberSignIn(this.dataSource.manager, pairKey(email, address), email, address, RULES);
  }
}

function keysOf(email: string, address: string): ThrottleKeys {
  return { pair: pairKey(email, address), address: `ip:${address}`, email: `email:${email}` };
}
