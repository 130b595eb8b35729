/** What a backtest scores: the `horizon`-th month ahead, or the sum of the next `horizon` months (a quarter). */
export type BacktestTarget = 'MONTH' | 'SUM';

export interface BacktestOptions {
  /** Months of history at the first origin. */
  readonly minTrain: number;
  readonly horizon: number;
  /** Defaults to 'MONTH'. */
  readonly target?: BacktestTarget;
  /** Errors needed before an origin gets a P10-P90 interval; defaults to 5. */
  readonly minErrors?: number;
}

export interface BacktestPoint {
  /** Months of history the forecast saw: the forecast window starts at this index of the series. */
  readonly origin: number;
  readonly forecast: number;
  readonly actual: number;
  /** actual - forecast. */
  readonly error: number;
  /** From errors whose actuals were known at this origin only; null until there are enough. */
  readonly interval: { readonly p10: number; readonly p50: number; readonly p90: number } | null;
}

export interface BacktestSummary {
  readonly origins: number;
  readonly wape: number | null;
  readonly bias: number | null;
  /** Share of actuals inside P10-P90, over the origins that had an interval; null when none had. */
  readonly coverage: number | null;
  readonly intervals: number;
}

export interface BacktestResult {
  readonly points: BacktestPoint[];
  readonly summary: BacktestSummary;
}
