import { bestInitialStates } from './best-initial-states';
import { holtSseAtBestStates } from './holt-sse';
import { nelderMead } from './nelder-mead';
import { smoothSeries } from './smooth-series';
import { type SmoothingParams, type SmoothingRun, type SmoothingSpec } from './smoothing.types';

const GRID = [0.05, 0.3, 0.6, 0.95];

/**
 * Fits additive Holt or Holt-Winters by least one-step in-sample SSE, searching the region statsmodels
 * searches: 0 ≤ α ≤ 1, 0 ≤ β ≤ α, 0 ≤ γ ≤ 1-α, 0.8 ≤ φ ≤ 0.995 (damped only). A point u of the unit cube
 * maps to it as statsmodels' to_restricted does (β = u·α, γ = u·(1-α)). For each candidate the initial
 * states are the least-squares best (bestInitialStates), so only the 2-4 smoothing parameters are
 * searched: a coarse grid, then Nelder-Mead from the three best grid points, then once more from the
 * winner. Deterministic: no random starts. The caller checks the history is long enough.
 */
export function fitSmoothing(history: readonly number[], spec: SmoothingSpec): SmoothingRun {
  const seasonal = spec.period > 0;
  const toParams = (u: readonly number[]): SmoothingParams => ({
    alpha: u[0],
    beta: u[1] * u[0],
    gamma: seasonal ? u[2] * (1 - u[0]) : 0,
    phi: spec.damped ? Math.min(0.995, 0.8 + 0.195 * u[seasonal ? 3 : 2]) : 1,
  });
  const run = (u: readonly number[]) => {
    const params = toParams(u);
    return smoothSeries(history, params, bestInitialStates(history, params, spec.period));
  };
  // Without seasons, the same SSE without building the runs (holtSseAtBestStates): ~5x faster.
  const objective = (u: number[]) => {
    const sse = seasonal ? run(u).sse : holtSseAtBestStates(history, toParams(u));
    return Number.isFinite(sse) ? sse : Number.MAX_VALUE;
  };
  const dimensions = 2 + (seasonal ? 1 : 0) + (spec.damped ? 1 : 0);
  const grid = cube(dimensions).map((point) => ({ point, value: objective(point) }));
  const starts = grid.sort((a, b) => a.value - b.value).slice(0, 3);
  const refined = starts.map((start) => nelderMead(objective, start.point));
  const best = refined.reduce((a, b) => (b.value < a.value ? b : a));
  const polished = nelderMead(objective, best.point);
  return run(polished.value <= best.value ? polished.point : best.point);
}

function cube(dimensions: number): number[][] {
  if (dimensions === 0) return [[]];
  return cube(dimensions - 1).flatMap((rest) => GRID.map((value) => [...rest, value]));
}
