import { median } from '../statistics';
import { arrayOffsets, lowerBound, sortedTailOffsets } from './close-offsets';
import { estimateCloseDate, estimateCloseDateSorted } from './estimate-close-date';
import { mulberry32 } from './mulberry32';
import { simulatePipeline } from './simulate-pipeline';

describe('close offsets', () => {
  const random = mulberry32(7);
  const pool = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random() * 400)).sort((a, b) => a - b);

  it('should find the first index at or above a value', () => {
    expect(lowerBound([], 3)).toBe(0);
    expect(lowerBound([1, 3, 3, 5], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 5], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 5], 9)).toBe(4);
    expect(lowerBound([1, 3, 3, 5], -1)).toBe(0);
  });

  it('should view the tail of a sorted pool as the filtered, shifted array it replaces', () => {
    for (let trial = 0; trial < 200; trial++) {
      const cycles = pool(Math.floor(random() * 60));
      const [age, shift, windowDays] = [
        Math.floor(random() * 300),
        Math.floor(random() * 40),
        Math.floor(random() * 120),
      ];
      const expected = cycles.filter((c) => c >= age).map((c) => c - age - shift);
      const view = sortedTailOffsets(cycles, age, age + shift);
      expect(view.length).toBe(expected.length);
      expect(Array.from({ length: view.length }, (_, i) => view.at(i))).toEqual(expected);
      expect(view.countWithin(windowDays)).toBe(expected.filter((o) => o >= 0 && o < windowDays).length);
      expect(arrayOffsets(expected).countWithin(windowDays)).toBe(view.countWithin(windowDays));
    }
  });

  it('should simulate a view exactly as the array it stands for', () => {
    const cycles = pool(500);
    const deals = [20, 90, 150].map((age, i) => ({
      amount: 1000 * (i + 1),
      winProbability: 0.3 + 0.2 * i,
      age,
    }));
    const run = (view: boolean) =>
      simulatePipeline({
        deals: deals.map((d) => ({
          amount: d.amount,
          winProbability: d.winProbability,
          closeDayOffsets: view
            ? sortedTailOffsets(cycles, d.age, d.age + 10)
            : cycles.filter((c) => c >= d.age).map((c) => c - d.age - 10),
        })),
        windowDays: 91,
        seed: 42,
        runs: 300,
      });
    expect(run(true)).toEqual(run(false));
  });

  it('should estimate a close date from a sorted pool as the median of the remaining cycles', () => {
    for (let trial = 0; trial < 200; trial++) {
      const cycles = pool(Math.floor(random() * 40));
      const age = Math.floor(random() * 300);
      const remaining = cycles.filter((c) => c >= age).map((c) => c - age);
      const sorted = estimateCloseDateSorted('2017-01-10', age, cycles);
      const shuffled = estimateCloseDate('2017-01-10', age, [...cycles].reverse());
      expect(shuffled).toEqual(sorted);
      if (remaining.length >= 5)
        expect(sorted).toMatchObject({
          remainingDays: Math.ceil(median(remaining) as number),
          comparableDeals: remaining.length,
        });
      else expect(sorted).toMatchObject({ reason: 'NO_COMPARABLE_DEALS' });
    }
  });
});
