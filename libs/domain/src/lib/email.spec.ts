import { isValidEmail, normalizeEmail } from './email';

describe('email', () => {
  it('should normalize case and surrounding spaces', () => {
    expect(normalizeEmail('  Darcel.Schlecht@Example.COM ')).toBe('darcel.schlecht@example.com');
  });

  it.each(['a@b.co', 'first.last+tag@sub.example.org'])('should accept %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each(['', 'no-at-sign', 'a@b', 'a b@c.de', 'a@@b.com', '@b.com', 'a@.com', `${'x'.repeat(250)}@b.com`])(
    'should refuse %p',
    (email) => {
      expect(isValidEmail(email)).toBe(false);
    },
  );
});
