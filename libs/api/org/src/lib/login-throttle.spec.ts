import { type AppError } from '@salesops/api/core';

import {
  LoginThrottle,
  MAX_EMAIL_DELAY_SECONDS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_PAIR,
  SLOW_EMAIL_AFTER,
} from './login-throttle';

describe('LoginThrottle', () => {
  let now = 0;
  const throttle = () => new LoginThrottle(() => now);
  const wait = (t: LoginThrottle, email: string, address: string): number | null => {
    try {
      t.check(email, address);
      return null;
    } catch (error) {
      return (error as AppError).retryAfterSeconds ?? -1;
    }
  };

  beforeEach(() => (now = 1_000_000));

  it('should refuse one email from one address after 10 failures, with the seconds left, until 15 minutes pass', () => {
    const t = throttle();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) {
      expect(wait(t, 'a@b.co', '1.1.1.1')).toBeNull();
      t.fail('a@b.co', '1.1.1.1');
    }
    expect(() => t.check('a@b.co', '1.1.1.1')).toThrow('Too many failed sign-ins; try again in 15 minutes');
    expect(wait(t, 'a@b.co', '1.1.1.1')).toBe(900);
    now += 15 * 60_000;
    expect(wait(t, 'a@b.co', '1.1.1.1')).toBeNull();
  });

  it('should not lock the owner out of their usual address when others guess from elsewhere', () => {
    const t = throttle();
    t.succeed('a@b.co', '10.0.0.1');
    for (let i = 0; i < 40; i++) t.fail('a@b.co', `9.9.9.${i % 4}`);
    expect(wait(t, 'a@b.co', '10.0.0.1')).toBeNull();
  });

  it('should slow an email guessed from many addresses, doubling the wait up to a minute, without locking it', () => {
    const t = throttle();
    for (let i = 0; i < SLOW_EMAIL_AFTER - 1; i++) t.fail('a@b.co', `9.9.9.${i}`);
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBeNull();
    t.fail('a@b.co', '9.9.9.100');
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBe(1);
    now += 1_000;
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBeNull();
    t.fail('a@b.co', '9.9.9.101');
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBe(2);
    for (let i = 0; i < 20; i++) t.fail('a@b.co', `9.9.8.${i}`);
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBe(MAX_EMAIL_DELAY_SECONDS);
    now += MAX_EMAIL_DELAY_SECONDS * 1000;
    // Slowed, never locked: the owner from a new address gets a try once the wait is over.
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBeNull();
  });

  it('should stop slowing an email after 15 quiet minutes', () => {
    const t = throttle();
    for (let i = 0; i < 30; i++) t.fail('a@b.co', `9.9.9.${i}`);
    now += 15 * 60_000;
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBeNull();
    t.fail('a@b.co', '9.9.9.200');
    expect(wait(t, 'a@b.co', '8.8.8.8')).toBeNull();
  });

  it('should refuse an address that tries many emails, and only that address', () => {
    const t = throttle();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) t.fail(`user${i}@b.co`, '9.9.9.9');
    expect(() => t.check('fresh@b.co', '9.9.9.9')).toThrow(/Too many failed sign-ins/);
    expect(wait(t, 'fresh@b.co', '8.8.8.8')).toBeNull();
  });

  it('should forget the failures of an email from an address once it signs in there', () => {
    const t = throttle();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) t.fail('a@b.co', '10.0.0.1');
    t.succeed('a@b.co', '10.0.0.1');
    t.fail('a@b.co', '10.0.0.1');
    expect(wait(t, 'a@b.co', '10.0.0.1')).toBeNull();
  });

  it('should report each throttle once, when it starts, for the audit trail', () => {
    const t = throttle();
    const events = Array.from({ length: MAX_FAILURES_PER_PAIR + 5 }, () =>
      t.fail('a@b.co', '1.1.1.1'),
    ).flat();
    expect(events).toEqual([
      { kind: 'pair', email: 'a@b.co', address: '1.1.1.1', count: 10, minutes: 15 },
      { kind: 'email', email: 'a@b.co', count: 10 },
    ]);
    const byAddress = Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) =>
      t.fail(`u${i}@b.co`, '2.2.2.2'),
    ).flat();
    expect(byAddress).toEqual([{ kind: 'address', address: '2.2.2.2', count: 50, minutes: 15 }]);
  });
});
