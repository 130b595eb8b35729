import { type BacktestPoint, type BacktestResult } from './backtest.types';
import { type ForecastMethodId } from './forecast-methods';
import { wape } from './wape';

export interface MethodBacktest {
  readonly id: ForecastMethodId;
  readonly result: BacktestResult;
}

export interface MethodRanking {
  readonly id: ForecastMethodId;
  /** WAPE on the origins every ranked method forecast, so each is scored on the same months. */
  readonly wape: number | null;
  readonly origins: number;
  /** Strictly lower WAPE than that baseline on those origins; null when the baseline is missing or unscored. */
  readonly beatsNaive: boolean | null;
  readonly beatsSeasonalNaive: boolean | null;
  /** Beats both baselines: false as soon as one is not beaten, null when that cannot be told. */
  readonly beatsBaselines: boolean | null;
}

/**
 * Orders backtested methods by WAPE, best first (no WAPE last, ties by id so the order is stable).
 * Methods reach back differently (Holt-Winters needs 24 months), so all are scored on the origins they
 * share: otherwise a method would look better or worse just for skipping the hard early months.
 */
export function rankMethods(results: readonly MethodBacktest[]): MethodRanking[] {
  const shared = results.reduce<Set<number> | null>((common, { result }) => {
    const origins = new Set(result.points.map((p) => p.origin));
    return common === null ? origins : new Set([...common].filter((o) => origins.has(o)));
  }, null);
  const scoreOf = (points: readonly BacktestPoint[]) => {
    const kept = points.filter((p) => shared?.has(p.origin));
    return {
      wape: wape(
        kept.map((p) => p.actual),
        kept.map((p) => p.forecast),
      ),
      origins: kept.length,
    };
  };
  const scores = new Map(results.map(({ id, result }) => [id, scoreOf(result.points)]));
  const beats = (score: number | null, baseline: ForecastMethodId) => {
    const other = scores.get(baseline)?.wape;
    return score === null || other === undefined || other === null ? null : score < other;
  };
  return results
    .map(({ id }) => {
      const { wape: score, origins } = scores.get(id) ?? { wape: null, origins: 0 };
      const [beatsNaive, beatsSeasonalNaive] = [beats(score, 'NAIVE'), beats(score, 'SEASONAL_NAIVE')];
      const beatsBaselines =
        beatsNaive === false || beatsSeasonalNaive === false ? false : beatsNaive && beatsSeasonalNaive;
      return { id, wape: score, origins, beatsNaive, beatsSeasonalNaive, beatsBaselines };
    })
    .sort((a, b) => (a.wape ?? Infinity) - (b.wape ?? Infinity) || a.id.localeCompare(b.id));
}
