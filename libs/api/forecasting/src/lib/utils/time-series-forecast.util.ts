import {
  type BacktestSummary,
  FORECAST_METHODS,
  type ForecastMethodId,
  intervalFromErrors,
  isInsufficient,
  type MethodBacktest,
  type MethodRanking,
  rankMethods,
} from '@salesops/domain';

import { type ForecastNote, forecastNote } from '../notes/forecast-notes';
import { windowBacktest } from './window-backtest.util';

/** Months of history at the first backtest origin: fewer and the first forecasts are noise. */
export const MIN_TRAIN = 3;
/** Backtest errors needed for an interval (the domain backtest's own default). */
export const MIN_ERRORS = 5;
export const DEFAULT_LEVELS: readonly number[] = [0.1, 0.5, 0.9];

export interface WindowSpec {
  /** Months from the end of the history to the window's first month. */
  readonly skip: number;
  /** Months in the window. */
  readonly length: number;
  /** Quantile levels wanted, e.g. [0.1, 0.5, 0.9]. */
  readonly levels?: readonly number[];
}

export interface TimeSeriesForecast {
  readonly id: ForecastMethodId;
  /** The window's sum; null when the method needs more history than there is. */
  readonly point: number | null;
  /** By level, from this method's own backtest errors on the same window; null without enough errors. */
  readonly quantiles: ReadonlyMap<number, number> | null;
  readonly backtest: BacktestSummary | null;
  readonly ranking: MethodRanking | null;
  /** Why a figure is missing, one sentence each; empty when nothing is. */
  readonly notes: readonly ForecastNote[];
}

/**
 * Every time-series method on one monthly history, for one window: the point (the sum of the window's
 * months), quantiles from that method's backtest errors on the same window shape (intervalFromErrors),
 * and the ranking by WAPE on shared origins (rankMethods). Ranked methods come first, best first; the
 * ones that could not be backtested follow in FORECAST_METHODS order.
 */
export function forecastWindow(
  history: readonly number[],
  window: WindowSpec,
): readonly TimeSeriesForecast[] {
  const levels = window.levels ?? DEFAULT_LEVELS;
  const key = `${window.skip}|${window.length}|${levels.join(',')}|${history.join(',')}`;
  const known = memo.get(key);
  if (known) {
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const computed = Object.freeze(computeWindow(history, window.skip, window.length, levels));
  memo.set(key, computed);
  if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  return computed;
}

/**
 * forecastWindow is a pure function of the numbers it is given (the fits are deterministic), and the
 * smoothing fits of its backtests cost ~35 ms a series: so its answers are kept by their inputs, the
 * history itself. Nothing can go stale: a changed history is a different key. About 2 KB an entry.
 */
const MEMO_ENTRIES = 50_000;
const memo = new Map<string, readonly TimeSeriesForecast[]>();

function computeWindow(
  history: readonly number[],
  skip: number,
  length: number,
  levels: readonly number[],
): TimeSeriesForecast[] {
  const window = { skip, length };
  const horizon = window.skip + window.length;
  const backtests: MethodBacktest[] = [];
  const drafts = Object.values(FORECAST_METHODS).map((method) => {
    const path = method.forecast(history, horizon);
    const point = isInsufficient(path) ? null : path.slice(window.skip).reduce((s, v) => s + v, 0);
    const result = windowBacktest(history, method.forecast, {
      minTrain: MIN_TRAIN,
      skip: window.skip,
      length: window.length,
    });
    const backtest = isInsufficient(result) ? null : result;
    if (backtest) backtests.push({ id: method.id, result: backtest });
    const errors = backtest?.points.map((p) => p.error) ?? [];
    const quantiles =
      point !== null && errors.length >= MIN_ERRORS ? intervalFromErrors(point, errors, levels) : null;
    const notes: ForecastNote[] = isInsufficient(path)
      ? [forecastNote('history.short', { method: method.id, needed: path.needed, available: path.available })]
      : isInsufficient(result)
        ? [
            result.available < result.needed
              ? forecastNote('backtest.short', { needed: result.needed, available: result.available })
              : forecastNote('backtest.declined', { available: result.available }),
          ]
        : quantiles === null
          ? [forecastNote('interval.few_errors', { errors: errors.length, needed: MIN_ERRORS })]
          : [];
    return {
      id: method.id,
      point,
      quantiles: quantiles && new Map(quantiles.map((q) => [q.level, q.value])),
      backtest: backtest?.summary ?? null,
      notes,
    };
  });
  const rankings = rankMethods(backtests);
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const ranked = rankings.map((ranking) => ({
    ...(byId.get(ranking.id) as (typeof drafts)[number]),
    ranking,
  }));
  const rankedIds = new Set(rankings.map((r) => r.id));
  return [...ranked, ...drafts.filter((d) => !rankedIds.has(d.id)).map((d) => ({ ...d, ranking: null }))];
}

/** The method with the best backtest WAPE on shared origins, or null when none was scored. */
export function recommendedMethod(forecasts: readonly TimeSeriesForecast[]): TimeSeriesForecast | null {
  const best = forecasts[0];
  return best?.ranking?.wape !== null && best?.ranking?.wape !== undefined && best.point !== null
    ? best
    : null;
}
