import { type SmoothingParams, type SmoothingSpec } from './smoothing.types';

/**
 * Maps a point u of the unit cube to smoothing parameters inside the region statsmodels searches, as its
 * to_restricted does: α = u0, β = u1·α (so 0 ≤ β ≤ α), γ = u2·(1 - α) (so 0 ≤ γ ≤ 1 - α; seasonal models
 * only) and φ = 0.8 + 0.195·u (so 0.8 ≤ φ ≤ 0.995; damped models only, from the last coordinate).
 * Without seasons γ is 0; without damping φ is 1.
 */
export function paramsFromCube(u: readonly number[], spec: SmoothingSpec): SmoothingParams {
  const seasonal = spec.period > 0;
  return {
    alpha: u[0],
    beta: u[1] * u[0],
    gamma: seasonal ? u[2] * (1 - u[0]) : 0,
    phi: spec.damped ? Math.min(0.995, 0.8 + 0.195 * u[seasonal ? 3 : 2]) : 1,
  };
}

/** How many coordinates paramsFromCube reads for a model: α and β, then γ and φ when they are free. */
export function cubeDimensions(spec: SmoothingSpec): number {
  return 2 + (spec.period > 0 ? 1 : 0) + (spec.damped ? 1 : 0);
}
