import { bestInitialStates } from './best-initial-states';
import { holtSseAtBestStates } from './holt-sse';
import { cubeDimensions, paramsFromCube } from './params-from-cube';
import { searchUnitCube } from './search-unit-cube';
import { smoothSeries } from './smooth-series';
import { type SmoothingRun, type SmoothingSpec } from './smoothing.types';

/**
 * Fits additive Holt or Holt-Winters by least one-step in-sample SSE, searching the region statsmodels
 * searches: 0 ≤ α ≤ 1, 0 ≤ β ≤ α, 0 ≤ γ ≤ 1-α, 0.8 ≤ φ ≤ 0.995 (damped only), through the unit cube
 * (paramsFromCube). For each candidate the initial states are the least-squares best
 * (bestInitialStates), so only the 2-4 smoothing parameters are searched (searchUnitCube: a coarse grid,
 * then Nelder-Mead from the three best grid points, then once more from the winner). Deterministic: no
 * random starts. The caller checks the history is long enough.
 */
export function fitSmoothing(history: readonly number[], spec: SmoothingSpec): SmoothingRun {
  const run = (u: readonly number[]) => {
    const params = paramsFromCube(u, spec);
    return smoothSeries(history, params, bestInitialStates(history, params, spec.period));
  };
  // Without seasons, the same SSE without building the runs (holtSseAtBestStates): ~5x faster.
  const objective = (u: number[]) => {
    const sse = spec.period > 0 ? run(u).sse : holtSseAtBestStates(history, paramsFromCube(u, spec));
    return Number.isFinite(sse) ? sse : Number.MAX_VALUE;
  };
  return run(searchUnitCube(objective, cubeDimensions(spec)).point);
}
