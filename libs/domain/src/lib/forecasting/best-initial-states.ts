import { leastSquares } from './least-squares';
import { smoothSeries } from './smooth-series';
import { type SmoothingParams, type SmoothingStates } from './smoothing.types';

/**
 * The initial level, trend and seasonals with the least one-step SSE for given parameters: the objective
 * statsmodels' initialization_method='estimated' minimises jointly with the parameters. The recursions
 * are linear in (history, initial states), so each fitted value is the fit from zero states plus a
 * linear combination of the fits of unit states on a zero history, and least squares solves it exactly.
 * Seasonals are held to sum to zero: shifting level by -c and every seasonal by +c fits the same,
 * so that is the one free choice, and the constraint takes it away.
 */
export function bestInitialStates(
  history: readonly number[],
  params: SmoothingParams,
  period: number,
): SmoothingStates {
  const zeros = history.map(() => 0);
  const state = (level: number, trend: number, seasonals: number[]) => ({ level, trend, seasonals });
  const unitSeason = (j: number) =>
    Array.from({ length: period }, (_, i) => (i === j ? 1 : i === period - 1 ? -1 : 0));
  const basis: SmoothingStates[] = [
    state(1, 0, new Array(period).fill(0)),
    state(0, 1, new Array(period).fill(0)),
    ...Array.from({ length: Math.max(0, period - 1) }, (_, j) => state(0, 0, unitSeason(j))),
  ];
  const fromZero = smoothSeries(history, params, state(0, 0, new Array(period).fill(0))).fitted;
  const columns = basis.map((unit) => smoothSeries(zeros, params, unit).fitted);
  const c = leastSquares(
    columns,
    history.map((value, t) => value - fromZero[t]),
  );
  // c holds level, trend and the first period - 1 seasonals; the last one makes the sum zero.
  const free = c.slice(2);
  const seasonals = period > 0 ? [...free, -free.reduce((sum, v) => sum + v, 0)] : [];
  return { level: c[0], trend: c[1], seasonals };
}
