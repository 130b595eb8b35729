import { attainmentOf, barWidth, inputTextOf, parseTarget, textOf, unitsOf } from './goal-target';

describe('parseTarget', () => {
  it('should read grouped and plain amounts into canonical decimal text and cents when the metric is money', () => {
    expect(parseTarget('1,250,000.50', 'WON_REVENUE')).toEqual({
      kind: 'ok',
      value: '1250000.50',
      units: 125000050n,
    });
    expect(parseTarget(' 250000 ', 'WON_REVENUE')).toEqual({
      kind: 'ok',
      value: '250000.00',
      units: 25000000n,
    });
    expect(parseTarget('0.5', 'NEW_PIPELINE')).toEqual({ kind: 'ok', value: '0.50', units: 50n });
    expect(parseTarget('007', 'WON_REVENUE')).toEqual({ kind: 'ok', value: '7.00', units: 700n });
    expect(parseTarget('250000.', 'WON_REVENUE')).toEqual({
      kind: 'ok',
      value: '250000.00',
      units: 25000000n,
    });
  });

  it('should keep amounts beyond 2^53 exact when they have cents', () => {
    const parsed = parseTarget('9,999,999,999,999.99', 'WON_REVENUE');
    expect(parsed).toEqual({ kind: 'ok', value: '9999999999999.99', units: 999999999999999n });
  });

  it('should give empty when nothing but spaces was typed', () => {
    expect(parseTarget('', 'WON_REVENUE')).toEqual({ kind: 'empty' });
    expect(parseTarget('   ', 'DEALS_WON')).toEqual({ kind: 'empty' });
  });

  it('should refuse letters, symbols and badly grouped digits', () => {
    for (const text of ['12abc', '1e6', '$250', '+5', '1,25', '12,34,567', '1.2.3', '.', ',', 'abc']) {
      expect(parseTarget(text, 'WON_REVENUE')).toEqual({ kind: 'invalid', problem: 'format' });
    }
  });

  it('should refuse negatives, with a hyphen or a minus sign', () => {
    expect(parseTarget('-5', 'WON_REVENUE')).toEqual({ kind: 'invalid', problem: 'negative' });
    expect(parseTarget('\u22125', 'DEALS_WON')).toEqual({ kind: 'invalid', problem: 'negative' });
  });

  it('should refuse more than 2 decimals for money', () => {
    expect(parseTarget('10.005', 'WON_REVENUE')).toEqual({ kind: 'invalid', problem: 'decimals' });
    expect(parseTarget('10.500', 'NEW_PIPELINE')).toEqual({ kind: 'invalid', problem: 'decimals' });
  });

  it('should take only whole numbers when the metric counts deals', () => {
    expect(parseTarget('1,200', 'DEALS_WON')).toEqual({ kind: 'ok', value: '1200', units: 1200n });
    expect(parseTarget('12.0', 'DEALS_WON')).toEqual({ kind: 'invalid', problem: 'whole' });
    expect(parseTarget('12.5', 'DEALS_WON')).toEqual({ kind: 'invalid', problem: 'whole' });
  });

  it('should refuse values the API cannot store', () => {
    expect(parseTarget('99999999999999', 'WON_REVENUE')).toEqual({ kind: 'invalid', problem: 'tooLarge' });
    expect(parseTarget('1000000000', 'DEALS_WON')).toEqual({ kind: 'invalid', problem: 'tooLarge' });
    expect(parseTarget('9999999999999', 'WON_REVENUE').kind).toBe('ok');
  });
});

describe('inputTextOf', () => {
  it('should group thousands and show cents only when there are any', () => {
    expect(inputTextOf(25000000n, 'WON_REVENUE')).toBe('250,000');
    expect(inputTextOf(125000050n, 'WON_REVENUE')).toBe('1,250,000.50');
    expect(inputTextOf(5n, 'NEW_PIPELINE')).toBe('0.05');
    expect(inputTextOf(1200n, 'DEALS_WON')).toBe('1,200');
    expect(inputTextOf(0n, 'WON_REVENUE')).toBe('0');
  });

  it('should read back to the same units when parsed', () => {
    for (const units of [0n, 1n, 99n, 100n, 123456789n, 999999999999999n]) {
      const parsed = parseTarget(inputTextOf(units, 'WON_REVENUE'), 'WON_REVENUE');
      expect(parsed.kind === 'ok' && parsed.units).toBe(units);
    }
  });
});

describe('unitsOf and textOf', () => {
  it('should convert API text to units and back without loss', () => {
    expect(unitsOf('250000.00', 'WON_REVENUE')).toBe(25000000n);
    expect(unitsOf('-12.50', 'WON_REVENUE')).toBe(-1250n);
    expect(unitsOf('12', 'DEALS_WON')).toBe(12n);
    expect(textOf(25000050n, 'WON_REVENUE')).toBe('250000.50');
    expect(textOf(-1250n, 'WON_REVENUE')).toBe('-12.50');
    expect(textOf(12n, 'DEALS_WON')).toBe('12');
  });

  it('should throw when the API text is not a number', () => {
    expect(() => unitsOf('n/a', 'WON_REVENUE')).toThrow();
  });
});

describe('attainmentOf and barWidth', () => {
  it('should divide like the API when both values are known', () => {
    expect(attainmentOf(12500000n, 25000000n)).toBe(0.5);
    expect(attainmentOf(1n, 3n)).toBe(0.3333);
    // Half up, as the leaderboard and the goals API round: 30,001 / 45,000 = 0.666688… shows 66.67%.
    expect(attainmentOf(30_001n, 45_000n)).toBe(0.6667);
    expect(attainmentOf(2n, 3n)).toBe(0.6667);
    expect(attainmentOf(5n, 0n)).toBeNull();
  });

  it('should cap the bar at 100 and give 0 for none', () => {
    expect(barWidth(0.5)).toBe(50);
    expect(barWidth(1.7)).toBe(100);
    expect(barWidth(null)).toBe(0);
    expect(barWidth(-0.2)).toBe(0);
  });
});
