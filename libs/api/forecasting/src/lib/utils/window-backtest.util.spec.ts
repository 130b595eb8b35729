import { FORECAST_METHODS, isInsufficient, naive, rollingOriginBacktest } from '@salesops/domain';

import { windowBacktest } from './window-backtest.util';

const SERIES = [12, 15, 9, 20, 22, 18, 25, 30, 21, 28, 35, 31, 29, 40];

describe('windowBacktest', () => {
  it.each(['NAIVE', 'DRIFT', 'HOLT', 'DAMPED_HOLT'] as const)(
    'should equal the domain backtest with a SUM target when the window starts at the origin (%s)',
    (id) => {
      const method = FORECAST_METHODS[id].forecast;
      expect(windowBacktest(SERIES, method, { minTrain: 3, skip: 0, length: 3 })).toEqual(
        rollingOriginBacktest(SERIES, method, { minTrain: 3, horizon: 3, target: 'SUM' }),
      );
    },
  );

  it('should equal the domain backtest with a MONTH target when the window is one month', () => {
    expect(windowBacktest(SERIES, naive, { minTrain: 2, skip: 2, length: 1 })).toEqual(
      rollingOriginBacktest(SERIES, naive, { minTrain: 2, horizon: 3, target: 'MONTH' }),
    );
  });

  it('should score only the months after the skipped ones when the window starts later', () => {
    const result = windowBacktest([1, 2, 3, 4, 5, 6], naive, { minTrain: 2, skip: 1, length: 2 });
    if (isInsufficient(result)) throw new Error(result.message);
    // From origin 2 naive says 2 for every month; the window skips the value 3 and sums 4 and 5.
    expect(result.points.map((p) => [p.origin, p.forecast, p.actual])).toEqual([
      [2, 4, 9],
      [3, 6, 11],
    ]);
  });

  it('should say how much history it needed when there is no origin', () => {
    const result = windowBacktest([1, 2, 3], naive, { minTrain: 2, skip: 0, length: 3 });
    expect(result).toMatchObject({
      insufficient: true,
      reason: 'NO_BACKTEST_ORIGINS',
      needed: 5,
      available: 3,
    });
  });
});
