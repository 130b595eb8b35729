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

  it('should accept an address of exactly 254 characters and refuse one of 255', () => {
    expect(isValidEmail(`${'x'.repeat(248)}@b.com`)).toBe(true);
    expect(isValidEmail(`${'x'.repeat(249)}@b.com`)).toBe(false);
  });

  it.each(['a@b.com.', 'a@b.com,c@d.com', 'a@b.com x'])(
    'should refuse %p, a valid address followed by more',
    (email) => {
      expect(isValidEmail(email)).toBe(false);
    },
  );
});
