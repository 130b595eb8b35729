export interface Minimum {
  readonly point: number[];
  readonly value: number;
}

/**
 * Nelder-Mead (reflect 1, expand 2, contract 1/2, shrink 1/2) inside the unit cube: every trial point
 * is clamped into [0, 1]^k, so bounded parameters need only a map from the cube. Deterministic: the
 * starting simplex steps 0.2 along each axis (inwards at a face). Stops after `maxIterations`, or when
 * the simplex's values agree to `tolerance` (relative) and its points lie within `pointTolerance` of the
 * best on every axis, as scipy's xatol and fatol. Values alone would stop too early when two points
 * straddle a valley at the same height.
 */
export function nelderMead(
  objective: (point: number[]) => number,
  start: readonly number[],
  maxIterations = 500,
  tolerance = 1e-12,
  pointTolerance = 1e-4,
): Minimum {
  const clamp = (p: number[]) => p.map((v) => Math.min(1, Math.max(0, v)));
  const at = (point: number[]): Minimum => ({ point, value: objective(point) });
  const toward = (from: number[], to: number[], t: number) => clamp(from.map((v, i) => v + t * (to[i] - v)));
  const origin = clamp([...start]);
  let simplex = [
    at(origin),
    ...origin.map((v, i) => at(origin.map((w, j) => (j === i ? (v > 0.8 ? v - 0.2 : v + 0.2) : w)))),
  ];
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    simplex.sort((a, b) => a.value - b.value);
    const [best, worst] = [simplex[0], simplex[simplex.length - 1]];
    const flat = worst.value - best.value <= tolerance * (Math.abs(best.value) + 1e-30);
    if (
      flat &&
      simplex.every((s) => s.point.every((v, i) => Math.abs(v - best.point[i]) <= pointTolerance))
    ) {
      break;
    }
    const rest = simplex.slice(0, -1);
    const centroid = origin.map((_, i) => rest.reduce((sum, s) => sum + s.point[i], 0) / rest.length);
    const reflected = at(toward(worst.point, centroid, 2));
    if (reflected.value < best.value) {
      const expanded = at(toward(worst.point, centroid, 3));
      simplex[simplex.length - 1] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < rest[rest.length - 1].value) {
      simplex[simplex.length - 1] = reflected;
    } else {
      const outside = reflected.value < worst.value;
      const contracted = at(toward(worst.point, centroid, outside ? 1.5 : 0.5));
      if (contracted.value < Math.min(worst.value, reflected.value)) simplex[simplex.length - 1] = contracted;
      else simplex = [best, ...simplex.slice(1).map((s) => at(toward(best.point, s.point, 0.5)))];
    }
  }
  return simplex.reduce((a, b) => (b.value < a.value ? b : a));
}
