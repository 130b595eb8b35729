import { AppError, ErrorCode } from '@salesops/api/core';

/** A pair's or an address's pause, counted from its first failure; an email's slowing, from its last. */
export const WINDOW_MS = 15 * 60_000;
/** Failed sign-ins for one email from one address before that pair waits out the window. */
export const MAX_FAILURES_PER_PAIR = 10;
/** Failed sign-ins from one address, whatever the emails, before the address waits out the window. */
export const MAX_FAILURES_PER_ADDRESS = 50;
/** Failed sign-ins for one email, from any addresses, before new addresses are slowed down for it. */
export const SLOW_EMAIL_AFTER = 10;
/** The longest wait between two tries of a slowed email from an address it has not signed in from. */
export const MAX_EMAIL_DELAY_SECONDS = 60;
/** Addresses remembered per email as "signed in from here before". */
export const KNOWN_ADDRESSES_PER_EMAIL = 5;

interface Failures {
  count: number;
  since: number;
  last: number;
}

/** A throttle starting: written to the audit trail once, not once per refused try. */
export type ThrottleEvent =
  | { kind: 'pair'; email: string; address: string; count: number; minutes: number }
  | { kind: 'address'; address: string; count: number; minutes: number }
  | { kind: 'email'; email: string; count: number };

/**
 * Where failed sign-ins are counted: this process's memory (LoginThrottle) or PostgreSQL
 * (PostgresLoginThrottle, with RATE_LIMIT_STORE=postgres), with the same rules and refusals.
 */
export interface LoginThrottleStore {
  /** Throws TOO_MANY_REQUESTS (with `retryAfterSeconds`) when this try must wait. */
  check(email: string, address: string): void | Promise<void>;
  /** Counts a failure; returns the throttles it starts, for the audit trail. */
  fail(email: string, address: string): ThrottleEvent[] | Promise<ThrottleEvent[]>;
  /** The owner got in from here: their own failures from this address are forgotten, the address kept. */
  succeed(email: string, address: string): void | Promise<void>;
}

/**
 * Slows password guessing without handing the guesser a way to lock the owner out:
 * - one email from one address: after 10 failures, that pair waits until 15 minutes after its first;
 * - one address, any emails: after 50 failures, the address waits the same way;
 * - one email from any addresses: after 10 failures, addresses it has not signed in from before must
 *   wait between tries, 1 s doubling to at most 60 s, until 15 minutes pass without a failure. The
 *   addresses it signed in from keep signing in (subject only to their own pair limit).
 * Refusals are TOO_MANY_REQUESTS with the seconds to wait (HTTP 429, Retry-After). Kept in memory: per
 * API instance, reset on restart (several replicas: PostgresLoginThrottle, RATE_LIMIT_STORE=postgres).
 */
export class LoginThrottle implements LoginThrottleStore {
  private readonly failures = new Map<string, Failures>();
  /** Per email: when the next try from an unknown address may come. */
  private readonly slowUntil = new Map<string, number>();
  private readonly knownAddresses = new Map<string, string[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws TOO_MANY_REQUESTS (with `retryAfterSeconds`) when this try must wait. */
  check(email: string, address: string): void {
    const locks: [string, number][] = [
      [pairKey(email, address), MAX_FAILURES_PER_PAIR],
      [`ip:${address}`, MAX_FAILURES_PER_ADDRESS],
    ];
    for (const [key, max] of locks) {
      const entry = this.current(key);
      if (entry && entry.count >= max) refuse(Math.ceil((entry.since + WINDOW_MS - this.now()) / 1000));
    }
    const until = this.current(`email:${email}`) ? (this.slowUntil.get(email) ?? 0) : 0;
    if (until > this.now() && !this.isKnown(email, address)) refuse(Math.ceil((until - this.now()) / 1000));
  }

  /** Counts a failure; returns the throttles it starts, for the audit trail. */
  fail(email: string, address: string): ThrottleEvent[] {
    const now = this.now();
    const count = (key: string) => {
      const entry = this.current(key) ?? { count: 0, since: now, last: now };
      entry.count++;
      entry.last = now;
      this.failures.set(key, entry);
      return entry;
    };
    const events: ThrottleEvent[] = [];
    const minutes = (entry: Failures) => Math.ceil((entry.since + WINDOW_MS - now) / 60_000);
    const pair = count(pairKey(email, address));
    if (pair.count === MAX_FAILURES_PER_PAIR)
      events.push({ kind: 'pair', email, address, count: pair.count, minutes: minutes(pair) });
    const byAddress = count(`ip:${address}`);
    if (byAddress.count === MAX_FAILURES_PER_ADDRESS)
      events.push({ kind: 'address', address, count: byAddress.count, minutes: minutes(byAddress) });
    const byEmail = count(`email:${email}`);
    if (byEmail.count >= SLOW_EMAIL_AFTER) {
      const delaySeconds = Math.min(MAX_EMAIL_DELAY_SECONDS, 2 ** (byEmail.count - SLOW_EMAIL_AFTER));
      this.slowUntil.set(email, now + delaySeconds * 1000);
      if (byEmail.count === SLOW_EMAIL_AFTER) events.push({ kind: 'email', email, count: byEmail.count });
    }
    if (this.failures.size > 100_000) this.prune();
    return events;
  }

  /** The owner got in from here: their own failures from this address are forgotten, the address kept. */
  succeed(email: string, address: string): void {
    this.failures.delete(pairKey(email, address));
    const known = (this.knownAddresses.get(email) ?? []).filter((a) => a !== address);
    this.knownAddresses.set(email, [address, ...known].slice(0, KNOWN_ADDRESSES_PER_EMAIL));
    if (this.knownAddresses.size > 100_000) this.knownAddresses.clear();
  }

  private isKnown(email: string, address: string): boolean {
    return this.knownAddresses.get(email)?.includes(address) ?? false;
  }

  /** An entry still in force: pairs and addresses for 15 minutes from the first failure, emails from the last. */
  private current(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    const started = key.startsWith('email:') ? entry?.last : entry?.since;
    if (entry && started !== undefined && this.now() - started >= WINDOW_MS) {
      this.failures.delete(key);
      if (key.startsWith('email:')) this.slowUntil.delete(key.slice('email:'.length));
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.current(key);
  }
}

export function pairKey(email: string, address: string): string {
  return `pair:${address} ${email}`;
}

/** The refusal of a try that must wait `seconds` (at least 1), in minutes once the wait is 2 or more. */
export function refuse(seconds: number): never {
  const wait = Math.max(1, seconds);
  const words = wait >= 120 ? `${Math.ceil(wait / 60)} minutes` : `${wait} s`;
  throw new AppError(ErrorCode.TooManyRequests, `Too many failed sign-ins; try again in ${words}`, [], wait);
}
