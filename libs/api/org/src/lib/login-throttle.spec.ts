import { LoginThrottle, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL } from './login-throttle';

describe('LoginThrottle', () => {
  let now = 0;
  const throttle = () => new LoginThrottle(() => now);

  beforeEach(() => (now = 1_000_000));

  it('should refuse an email after too many failures and allow it again after 15 minutes', () => {
    const t = throttle();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(() => t.check('a@b.co', '1.1.1.1')).not.toThrow();
      t.fail('a@b.co', '1.1.1.1');
    }
    expect(() => t.check('a@b.co', '2.2.2.2')).toThrow('Too many failed sign-ins; try again in 15 minutes');
    now += 15 * 60_000;
    expect(() => t.check('a@b.co', '2.2.2.2')).not.toThrow();
  });

  it('should refuse an address that tries many emails', () => {
    const t = throttle();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) t.fail(`user${i}@b.co`, '9.9.9.9');
    expect(() => t.check('fresh@b.co', '9.9.9.9')).toThrow(/Too many failed sign-ins/);
    expect(() => t.check('fresh@b.co', '8.8.8.8')).not.toThrow();
  });

  it('should forget failures of an email when it signs in', () => {
    const t = throttle();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) t.fail('a@b.co', `10.0.0.${i}`);
    t.succeed('a@b.co');
    t.fail('a@b.co', '10.0.1.1');
    expect(() => t.check('a@b.co', '10.0.2.2')).not.toThrow();
  });
});
