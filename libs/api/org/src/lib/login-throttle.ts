import { AppError, ErrorCode } from '@salesops/api/core';

const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

/**
 * Slows password guessing: after too many failed sign-ins for one email (whether it exists or not)
 * or from one address within 15 minutes, sign-in answers TOO_MANY_REQUESTS until the window passes.
 * Kept in memory: per API instance, reset on restart.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  check(email: string, address: string): void {
    for (const [key, max] of [[`email:${email}`, MAX_FAILURES_PER_EMAIL], [`ip:${address}`, MAX_FAILURES_PER_ADDRESS]] as const) {
      const entry = this.current(key);
      if (entry && entry.count >= max) {
        const minutes = Math.ceil((entry.since + WINDOW_MS - this.now()) / 60_000);
        throw new AppError(ErrorCode.TooManyRequests, `Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
      }
    }
  }

  fail(email: string, address: string): void {
    for (const key of [`email:${email}`, `ip:${address}`]) {
      const entry = this.current(key) ?? { count: 0, since: this.now() };
      entry.count++;
      this.failures.set(key, entry);
    }
    if (this.failures.size > 100_000) this.prune();
  }

  succeed(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  private current(key: string): { count: number; since: number } | undefined {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.since >= WINDOW_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.current(key);
  }
}
