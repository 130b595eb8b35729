import { smoothSeries } from './smooth-series';

describe('smoothSeries', () => {
  it('should follow the Holt recursions step by step when worked by hand', () => {
    // l0 = 9, b0 = 1; month 1: ŷ = 10, l = 10, b = 1; month 2: ŷ = 11, l = 11.5, b = 1.25.
    const run = smoothSeries(
      [10, 12],
      { alpha: 0.5, beta: 0.5, gamma: 0, phi: 1 },
      { level: 9, trend: 1, seasonals: [] },
    );
    expect(run.fitted).toEqual([10, 11]);
    expect(run.sse).toBe(1);
    expect(run.final).toEqual({ level: 11.5, trend: 1.25, seasonals: [] });
  });

  it('should update each seasonal from the level before the month when worked by hand', () => {
    // m = 2; the third month uses the first month's updated seasonal (1) and misses by 2.
    const run = smoothSeries(
      [11, 9, 13],
      { alpha: 0.5, beta: 0, gamma: 0.5, phi: 1 },
      { level: 10, trend: 0, seasonals: [1, -1] },
    );
    expect(run.fitted).toEqual([11, 9, 11]);
    expect(run.sse).toBe(4);
    // Laid out for what follows: the next month (4th) uses s(2) = -1, the one after s(3) = 2.
    expect(run.final).toEqual({ level: 11, trend: 0, seasonals: [-1, 2] });
  });

  it('should fit a constant series exactly when started on its level', () => {
    const run = smoothSeries(
      [5, 5, 5, 5],
      { alpha: 0.3, beta: 0.2, gamma: 0, phi: 0.9 },
      { level: 5, trend: 0, seasonals: [] },
    );
    expect(run.sse).toBe(0);
    expect(run.final.level).toBe(5);
  });

  it('should return empty fits and the initial states when the history is empty', () => {
    const initial = { level: 3, trend: 1, seasonals: [1, -1] };
    const run = smoothSeries([], { alpha: 0.5, beta: 0.5, gamma: 0.5, phi: 1 }, initial);
    expect(run.fitted).toEqual([]);
    expect(run.final).toEqual(initial);
  });
});
