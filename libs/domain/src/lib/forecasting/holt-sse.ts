import { solveNormalEquations } from './least-squares';
import { type SmoothingParams } from './smoothing.types';

/**
 * The one-step in-sample SSE of additive (damped) Holt at its least-squares best initial states: exactly
 * `smoothSeries(history, params, bestInitialStates(history, params, 0)).sse`, the same floating-point
 * results (terms that are exactly zero here, such as a season of 0, are left out), without the arrays.
 * Fitting calls it a thousand times a series, so it runs the three linear runs bestInitialStates needs
 * (from zero states on the history, unit level and unit trend on a zero history) in one pass,
 * accumulating the normal equations as it goes, then the fitted run once.
 */
export function holtSseAtBestStates(history: readonly number[], params: SmoothingParams): number {
  const { alpha, beta, phi } = params;
  let zeroLevel = 0,
    zeroTrend = 0,
    levelLevel = 1,
    levelTrend = 0,
    trendLevel = 0,
    trendTrend = 1;
  let aa = 0,
    ab = 0,
    bb = 0,
    at = 0,
    bt = 0;
  for (const value of history) {
    const zeroBase = zeroLevel + phi * zeroTrend;
    const a = levelLevel + phi * levelTrend;
    const b = trendLevel + phi * trendTrend;
    const target = value - zeroBase;
    aa += a * a;
    ab += a * b;
    bb += b * b;
    at += a * target;
    bt += b * target;
    // smoothSeries' level and trend updates without seasons (s = 0), written out for each run.
    const zeroNext = alpha * value + (1 - alpha) * zeroBase;
    zeroTrend = beta * (zeroNext - zeroLevel) + (1 - beta) * phi * zeroTrend;
    zeroLevel = zeroNext;
    const levelNext = (1 - alpha) * a;
    levelTrend = beta * (levelNext - levelLevel) + (1 - beta) * phi * levelTrend;
    levelLevel = levelNext;
    const trendNext = (1 - alpha) * b;
    trendTrend = beta * (trendNext - trendLevel) + (1 - beta) * phi * trendTrend;
    trendLevel = trendNext;
  }
  let [level, trend] = solveNormalEquations([
    [aa, ab, at],
    [ab, bb, bt],
  ]);
  let sse = 0;
  for (const value of history) {
    const base = level + phi * trend;
    sse += (value - base) ** 2;
    const nextLevel = alpha * value + (1 - alpha) * base;
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend;
    level = nextLevel;
  }
  return sse;
}
