import { checkIdempotencyKey, conflictForExisting, fingerprintOf } from './idempotency';

describe('idempotency keys', () => {
  it('should give the same fingerprint whatever the order of object keys, and another for other values', () => {
    const a = fingerprintOf('mutation M { m }', { input: { a: 1, b: [{ x: 1, y: 2 }] } });
    expect(fingerprintOf('mutation M { m }', { input: { b: [{ y: 2, x: 1 }], a: 1 } })).toBe(a);
    expect(fingerprintOf('mutation M { m }', { input: { a: 2, b: [{ x: 1, y: 2 }] } })).not.toBe(a);
    expect(fingerprintOf('mutation N { m }', { input: { a: 1, b: [{ x: 1, y: 2 }] } })).not.toBe(a);
    // Array order is meaning, not noise.
    expect(fingerprintOf('m', { list: [1, 2] })).not.toBe(fingerprintOf('m', { list: [2, 1] }));
  });

  it('should accept 1 to 255 visible ASCII characters', () => {
    expect(checkIdempotencyKey('3f1c2b9e-1d2a-4c1b-9f3e-0a1b2c3d4e5f')).toBe(
      '3f1c2b9e-1d2a-4c1b-9f3e-0a1b2c3d4e5f',
    );
    for (const bad of ['', 'a b', 'x'.repeat(256), 'ключ', 'a\tb'])
      expect(() => checkIdempotencyKey(bad)).toThrow(/Idempotency-Key must be/);
  });

  it('should tell a request still running from one whose answer was lost', () => {
    const now = Date.now();
    expect(conflictForExisting('setGoals', new Date(now - 5_000), now).message).toMatch(/still running/);
    expect(conflictForExisting('setGoals', new Date(now - 600_000), now).message).toMatch(
      /was applied, but its answer was not kept/,
    );
  });
});
