import { type SmoothingRun } from './smoothing.types';

/**
 * h-step forecasts from the end of a run, as statsmodels forecasts additive models:
 * ŷ(T+h) = l(T) + (φ + φ² + ... + φ^h) b(T) + s(T+h-m(k+1)), k = floor((h-1)/m).
 * Raw values, not floored: this is the reference engine the fixture checks.
 */
export function forecastSmoothed(run: SmoothingRun, horizon: number): number[] {
  const { level, trend, seasonals } = run.final;
  const period = seasonals.length;
  let dampedSteps = 0;
  let power = 1;
  return Array.from({ length: horizon }, (_, step) => {
    power *= run.params.phi;
    dampedSteps += power;
    return level + dampedSteps * trend + (period > 0 ? seasonals[step % period] : 0);
  });
}
