import { type SmoothingParams, type SmoothingRun, type SmoothingStates } from './smoothing.types';

/**
 * Runs additive (damped) Holt-Winters with given parameters and initial states, exactly as statsmodels'
 * ExponentialSmoothing(trend='add', seasonal='add' or None, initialization_method='known'):
 *   fitted  ŷ(t) = l(t-1) + φ b(t-1) + s(t-m)
 *   level   l(t) = α (y(t) - s(t-m)) + (1-α)(l(t-1) + φ b(t-1))
 *   trend   b(t) = β (l(t) - l(t-1)) + (1-β) φ b(t-1)
 *   season  s(t) = γ (y(t) - l(t-1) - φ b(t-1)) + (1-γ) s(t-m)
 * Holt is the same without the seasonal terms.
 */
export function smoothSeries(
  history: readonly number[],
  params: SmoothingParams,
  initial: SmoothingStates,
): SmoothingRun {
  const { alpha, beta, gamma, phi } = params;
  const period = initial.seasonals.length;
  // A ring: slot t % m holds s(t-m) when month t is read, and s(t) once it has been.
  const seasonals = [...initial.seasonals];
  let level = initial.level;
  let trend = initial.trend;
  let sse = 0;
  const fitted = history.map((value, t) => {
    const season = period > 0 ? seasonals[t % period] : 0;
    const base = level + phi * trend;
    const estimate = base + season;
    sse += (value - estimate) ** 2;
    const nextLevel = alpha * (value - season) + (1 - alpha) * base;
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend;
    if (period > 0) seasonals[t % period] = gamma * (value - base) + (1 - gamma) * season;
    level = nextLevel;
    return estimate;
  });
  const rotated = seasonals.map((_, j) => seasonals[(history.length + j) % period]);
  return { params, initial, fitted, sse, final: { level, trend, seasonals: rotated } };
}
