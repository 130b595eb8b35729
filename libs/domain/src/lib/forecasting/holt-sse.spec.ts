import { bestInitialStates } from './best-initial-states';
import { holtSseAtBestStates } from './holt-sse';
import { mulberry32 } from './mulberry32';
import { smoothSeries } from './smooth-series';

describe('holtSseAtBestStates', () => {
  it('should equal the SSE of smoothSeries at bestInitialStates to the last bit, on random series and parameters', () => {
    const random = mulberry32(20261205);
    for (let trial = 0; trial < 500; trial++) {
      const length = 3 + Math.floor(random() * 30);
      const history = Array.from({ length }, (_, t) => Math.round(random() * 1e7 + t * random() * 1e5));
      const alpha = random();
      const params = { alpha, beta: random() * alpha, gamma: 0, phi: trial % 2 ? 1 : 0.8 + 0.195 * random() };
      const expected = smoothSeries(history, params, bestInitialStates(history, params, 0)).sse;
      expect(holtSseAtBestStates(history, params)).toBe(expected);
    }
  });

  it('should be 0 on a pure trend, and match at the edges of the parameter space', () => {
    const trend = [10, 20, 30, 40, 50, 60];
    expect(holtSseAtBestStates(trend, { alpha: 0.5, beta: 0.2, gamma: 0, phi: 1 })).toBeCloseTo(0, 9);
    for (const params of [
      { alpha: 0, beta: 0, gamma: 0, phi: 1 },
      { alpha: 1, beta: 1, gamma: 0, phi: 1 },
      { alpha: 1, beta: 0, gamma: 0, phi: 0.8 },
    ]) {
      const history = [5, 0, 0, 7, 3, 0, 12];
      expect(holtSseAtBestStates(history, params)).toBe(
        smoothSeries(history, params, bestInitialStates(history, params, 0)).sse,
      );
    }
  });
});
