import { simulatePipeline } from './simulate-pipeline';
import { type SimulatedDeal } from './simulate-pipeline.types';

describe('simulatePipeline', () => {
  const deals: SimulatedDeal[] = [
    { amount: 1000, winProbability: 0.5, closeDayOffsets: [10, 100] },
    { amount: 400, winProbability: 0.8, closeDayOffsets: [5, 20, 60] },
    { amount: 2500, winProbability: 0.2, closeDayOffsets: [25] },
  ];

  it('should give the same result when run twice with the same seed', () => {
    const input = { deals, windowDays: 30, seed: 99, runs: 500 };
    expect(simulatePipeline(input)).toEqual(simulatePipeline(input));
    expect(simulatePipeline({ ...input, seed: 100 }).mean).not.toBe(simulatePipeline(input).mean);
  });

  it('should converge to the analytic expectation when there are many runs', () => {
    // 1000 x 0.5 x 1/2 + 400 x 0.8 x 2/3 + 2500 x 0.2 x 1 = 250 + 213.33 + 500.
    const result = simulatePipeline({ deals, windowDays: 30, seed: 1, runs: 40000 });
    expect(result.expectedRevenue).toBeCloseTo(963.333, 3);
    expect(result.expectedCount).toBeCloseTo(0.25 + 0.8 * (2 / 3) + 0.2, 10);
    expect(Math.abs(result.mean / result.expectedRevenue - 1)).toBeLessThan(0.02);
    expect(Math.abs(result.meanCount / result.expectedCount - 1)).toBeLessThan(0.02);
    expect(result.p10).toBeLessThanOrEqual(result.p50);
    expect(result.p50).toBeLessThanOrEqual(result.p90);
  });

  it('should add drawn months of new business when its history is given', () => {
    const twoMonths = (2 * 365.25) / 12;
    const result = simulatePipeline({
      deals: [],
      newBusinessMonthly: [100, 200, 300],
      windowDays: twoMonths,
      seed: 5,
      runs: 20000,
    });
    expect(result.expectedRevenue).toBeCloseTo(400, 8);
    expect(Math.abs(result.mean / 400 - 1)).toBeLessThan(0.02);
    expect(result.p10).toBeGreaterThanOrEqual(200);
    expect(result.p90).toBeLessThanOrEqual(600);
  });

  it('should give the amount at every quantile when a deal is certain and inside the window', () => {
    const certain = simulatePipeline({
      deals: [{ amount: 700, winProbability: 1, closeDayOffsets: [0] }],
      windowDays: 1,
      seed: 3,
    });
    expect([certain.p10, certain.p50, certain.p90, certain.mean, certain.runs]).toEqual([
      700, 700, 700, 700, 2000,
    ]);
  });

  it('should leave out and count deals without close offsets, and give zeros for no deals', () => {
    const result = simulatePipeline({
      deals: [{ amount: 1, winProbability: 1, closeDayOffsets: [] }],
      windowDays: 30,
      seed: 1,
    });
    expect(result).toMatchObject({ mean: 0, expectedRevenue: 0, expectedCount: 0, dealsWithoutTiming: 1 });
  });

  it('should throw when runs, window or probability are not valid', () => {
    expect(() => simulatePipeline({ deals, windowDays: 30, seed: 1, runs: 0 })).toThrow(/runs/);
    expect(() => simulatePipeline({ deals, windowDays: -1, seed: 1 })).toThrow(/windowDays/);
    const bad = [{ amount: 1, winProbability: 2, closeDayOffsets: [1] }];
    expect(() => simulatePipeline({ deals: bad, windowDays: 30, seed: 1 })).toThrow(/winProbability/);
  });

  it('should accept a single run and a window of zero days', () => {
    expect(simulatePipeline({ deals, windowDays: 30, seed: 1, runs: 1 }).runs).toBe(1);
    // Nothing closes within zero days: an offset of 0 is the first day after the window.
    expect(simulatePipeline({ deals, windowDays: 0, seed: 1, runs: 50 })).toMatchObject({
      mean: 0,
      meanCount: 0,
    });
  });

  it('should accept a win chance of exactly 0, never win such a deal, and refuse a negative one', () => {
    const hopeless = [{ amount: 500, winProbability: 0, closeDayOffsets: [1] }];
    expect(simulatePipeline({ deals: hopeless, windowDays: 30, seed: 3, runs: 400 })).toMatchObject({
      mean: 0,
      meanCount: 0,
    });
    const negative = [{ amount: 500, winProbability: -0.01, closeDayOffsets: [1] }];
    expect(() => simulatePipeline({ deals: negative, windowDays: 30, seed: 3 })).toThrow(/winProbability/);
  });

  it('should count a close only when its offset falls in [0, windowDays)', () => {
    const certain = (offset: number) => [{ amount: 100, winProbability: 1, closeDayOffsets: [offset] }];
    const mean = (offset: number) =>
      simulatePipeline({ deals: certain(offset), windowDays: 30, seed: 5, runs: 20 }).mean;
    expect([mean(-1), mean(0), mean(29), mean(30)]).toEqual([0, 100, 100, 0]);
  });

  it('should add the drawn month times the part of a month the window covers beyond its whole months', () => {
    // 45 days are 1.478... months: one whole drawn month plus 0.478... of another; every month drew 100.
    const months = 45 / (365.25 / 12);
    const result = simulatePipeline({
      deals: [],
      newBusinessMonthly: [100],
      windowDays: 45,
      seed: 2,
      runs: 10,
    });
    expect(result.p50).toBeCloseTo(100 * months, 9);
    expect(result.mean).toBeCloseTo(100 * months, 9);
    expect(result.expectedRevenue).toBeCloseTo(100 * months, 9);
  });

  it('should count each deal without close offsets once, beside deals that have them', () => {
    const result = simulatePipeline({
      deals: [...deals, { amount: 1, winProbability: 1, closeDayOffsets: [] }],
      windowDays: 30,
      seed: 1,
      runs: 10,
    });
    expect(result.dealsWithoutTiming).toBe(1);
  });
});
