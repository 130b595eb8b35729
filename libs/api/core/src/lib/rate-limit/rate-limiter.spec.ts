import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  let clock = 0;
  const limiter = () => new RateLimiter(() => clock);

  beforeEach(() => (clock = 1_000_000));

  it('should allow a minute of requests in a burst, then refuse with the wait until the next one', () => {
    const rates = limiter();
    const answers = Array.from({ length: 61 }, () => rates.take('user:a', 60));
    expect(answers.slice(0, 60).every((a) => a.allowed)).toBe(true);
    expect(answers[59].remaining).toBe(0);
    expect(answers[60]).toMatchObject({
      allowed: false,
      remaining: 0,
      retryAfterSeconds: 1,
      resetSeconds: 60,
    });
  });

  it('should refill at the steady rate', () => {
    const rates = limiter();
    for (let i = 0; i < 60; i++) rates.take('user:a', 60);
    clock += 500;
    expect(rates.take('user:a', 60).allowed).toBe(false);
    clock += 1_000;
    expect(rates.take('user:a', 60).allowed).toBe(true);
    expect(rates.take('user:a', 60).allowed).toBe(false);
    clock += 60_000;
    expect(rates.take('user:a', 60).remaining).toBe(59);
  });

  it('should keep each caller to its own allowance', () => {
    const rates = limiter();
    for (let i = 0; i < 10; i++) rates.take('user:a', 10);
    expect(rates.take('user:a', 10).allowed).toBe(false);
    expect(rates.take('user:b', 10)).toMatchObject({ allowed: true, remaining: 9 });
    expect(rates.take('key:a', 10).allowed).toBe(true);
  });
});
