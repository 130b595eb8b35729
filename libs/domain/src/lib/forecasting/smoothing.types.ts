/**
 * Parameters of additive exponential smoothing in statsmodels' naming: alpha = smoothing_level,
 * beta = smoothing_trend, gamma = smoothing_seasonal, phi = damping_trend (1 = not damped).
 * gamma is ignored when the model has no seasonal states.
 */
export interface SmoothingParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
}

/**
 * States just before the first month of a run: level l0, trend b0 and, for a seasonal model, one
 * seasonal per month of the season, oldest first (statsmodels' initial_seasonal: the first observation
 * uses seasonals[0]). An empty `seasonals` means no seasonality (Holt).
 */
export interface SmoothingStates {
  readonly level: number;
  readonly trend: number;
  readonly seasonals: readonly number[];
}

/** One pass of the recursions over a history. `final` is laid out like an initial state for what follows. */
export interface SmoothingRun {
  readonly params: SmoothingParams;
  readonly initial: SmoothingStates;
  readonly fitted: number[];
  readonly sse: number;
  readonly final: SmoothingStates;
}

/** Which additive model to fit: `period` 0 for Holt, the season length (12) for Holt-Winters. */
export interface SmoothingSpec {
  readonly period: number;
  readonly damped: boolean;
}
