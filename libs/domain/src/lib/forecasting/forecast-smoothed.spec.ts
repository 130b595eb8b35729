import { forecastSmoothed } from './forecast-smoothed';
import { type SmoothingRun, type SmoothingStates } from './smoothing.types';

function runEndingAt(final: SmoothingStates, phi = 1): SmoothingRun {
  return { params: { alpha: 0.5, beta: 0.5, gamma: 0.5, phi }, initial: final, fitted: [], sse: 0, final };
}

describe('forecastSmoothed', () => {
  it('should add h trends to the level when the trend is not damped', () => {
    expect(forecastSmoothed(runEndingAt({ level: 11.5, trend: 1.25, seasonals: [] }), 2)).toEqual([
      12.75, 14,
    ]);
  });

  it('should add φ + ... + φ^h trends when the trend is damped', () => {
    expect(forecastSmoothed(runEndingAt({ level: 10, trend: 2, seasonals: [] }, 0.5), 3)).toEqual([
      11, 11.5, 11.75,
    ]);
  });

  it('should cycle through the final seasonals when the horizon is longer than a season', () => {
    expect(forecastSmoothed(runEndingAt({ level: 11, trend: 0, seasonals: [-1, 2] }), 5)).toEqual([
      10, 13, 10, 13, 10,
    ]);
  });

  it('should return nothing when the horizon is 0', () => {
    expect(forecastSmoothed(runEndingAt({ level: 1, trend: 0, seasonals: [] }), 0)).toEqual([]);
  });
});
