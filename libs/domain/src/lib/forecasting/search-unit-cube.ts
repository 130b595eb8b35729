import { type Minimum, nelderMead } from './nelder-mead';

const GRID = [0.05, 0.3, 0.6, 0.95];

/**
 * The lowest point of an objective on the unit cube that a deterministic search finds: a coarse grid
 * (4 values per coordinate), Nelder-Mead from each of the three best grid points, the best of those,
 * then Nelder-Mead once more from it. Several starts, because an SSE surface can have more than one
 * valley; no random starts, so the same objective always gives the same point.
 */
export function searchUnitCube(objective: (point: number[]) => number, dimensions: number): Minimum {
  const grid = cube(dimensions).map((point) => ({ point, value: objective(point) }));
  const starts = grid.sort((a, b) => a.value - b.value).slice(0, 3);
  const refined = starts.map((start) => nelderMead(objective, start.point));
  const best = refined.reduce((a, b) => (b.value < a.value ? b : a));
  // Nelder-Mead keeps its start in the simplex until something lower is found, so this is never worse.
  return nelderMead(objective, best.point);
}

function cube(dimensions: number): number[][] {
  if (dimensions === 0) return [[]];
  return cube(dimensions - 1).flatMap((rest) => GRID.map((value) => [...rest, value]));
}
