import { attainmentOf } from './attainment';

describe('attainmentOf', () => {
  it('should round half up to 4 decimals, in both directions', () => {
    expect(attainmentOf(2n, 3n)).toBe(0.6667); // 0.66666… up
    expect(attainmentOf(1n, 3n)).toBe(0.3333); // 0.33333… down
    expect(attainmentOf(30_001n, 45_000n)).toBe(0.6667); // the leaderboard's and goals page's old disagreement
    expect(attainmentOf(104_835n, 100_000n)).toBe(1.0484); // exactly half: up
    expect(attainmentOf(104_834n, 100_000n)).toBe(1.0483);
    expect(attainmentOf(1n, 8n)).toBe(0.125);
  });

  it('should give 0 for nothing won and exact ratios as they are', () => {
    expect(attainmentOf(0n, 500n)).toBe(0);
    expect(attainmentOf(500n, 500n)).toBe(1);
    expect(attainmentOf(1_500n, 1_000n)).toBe(1.5);
  });

  it('should stay exact for amounts beyond what a float holds', () => {
    // 10^17 minor units: a float would already have lost the last digits.
    expect(attainmentOf(200_000_000_000_000_001n, 300_000_000_000_000_000n)).toBe(0.6667);
    expect(attainmentOf(99_999_999_999_999_999n, 100_000_000_000_000_000n)).toBe(1);
  });

  it('should give no attainment without a positive target', () => {
    expect(attainmentOf(100n, 0n)).toBeNull();
    expect(attainmentOf(100n, -5n)).toBeNull();
  });

  it('should round a negative actual half away from zero, as its positive', () => {
    expect(attainmentOf(-2n, 3n)).toBe(-0.6667);
    expect(attainmentOf(-1n, 3n)).toBe(-0.3333);
  });
});
