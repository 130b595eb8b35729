import { minorToDecimal, parseAmountToMinor, type Period } from '@salesops/domain';
import { type ForecastMethod, type ForecastQuery } from '@salesops/portal/data-access';

type Forecast = ForecastQuery['forecast'];
type HistoryMonth = Forecast['history'][number];

/** One line of the budget: a quarter (or the year) with its goal, forecast and last year. */
export interface BudgetRow {
  readonly period: string;
  /** ENDED: over before asOf, so the actual stands in for a forecast. */
  readonly state: 'FORECAST' | 'ENDED' | 'UNAVAILABLE';
  readonly goal: string | null;
  readonly method: ForecastMethod | null;
  readonly p10: string | null;
  readonly point: string | null;
  readonly p90: string | null;
  readonly actual: string | null;
  readonly lastYear: string | null;
  /** Goal less the forecast's point (or the actual): + the goal asks for more than expected. */
  readonly gap: string | null;
}

/**
 * The budget of a fiscal year: each quarter (then the year) with the goal, the recommended method's
 * forecast and interval, or what was won once the quarter is over, next to the same months a year before.
 */
export function budgetRows(
  periods: readonly Period[],
  asOf: string,
  forecasts: ReadonlyMap<string, Forecast | null>,
  goals: ReadonlyMap<string, string | null>,
  history: readonly HistoryMonth[],
): BudgetRow[] {
  return periods.map((period) => {
    const goal = goals.get(period.key) ?? null;
    const lastYear = wonBetween(history, shiftYear(period.start), shiftYear(period.end));
    if (period.end <= asOf) {
      const actual = wonBetween(history, period.start, period.end);
      return { ...empty(period.key, 'ENDED', goal, lastYear), actual, gap: subtract(goal, actual) };
    }
    const forecast = forecasts.get(period.key);
    const method =
      forecast?.methods.find((m) => m.recommended) ?? forecast?.methods.find((m) => m.point !== null);
    if (!forecast || !method?.point) return empty(period.key, 'UNAVAILABLE', goal, lastYear);
    return {
      ...empty(period.key, 'FORECAST', goal, lastYear),
      method: method.method,
      p10: method.p10,
      point: method.point,
      p90: method.p90,
      gap: subtract(goal, method.point),
    };
  });
}

/**
 * What the history says was won in [from, to): months before the history starts count as 0 when the range
 * reaches into it (nothing had been won yet); a range wholly before it, or reaching past its end, is unknown.
 */
export function wonBetween(history: readonly HistoryMonth[], from: string, to: string): string | null {
  if (history.length === 0) return null;
  const [first, last] = [history[0].month, (history.at(-1) as HistoryMonth).month];
  const [fromMonth, lastMonth] = [from.slice(0, 7), previousMonthOf(to)];
  if (lastMonth < first || lastMonth > last) return null;
  let sum = 0n;
  for (const h of history) {
    if (h.month >= fromMonth && h.month <= lastMonth) sum += parseAmountToMinor(h.value) ?? 0n;
  }
  return minorToDecimal(sum);
}

function empty(
  period: string,
  state: BudgetRow['state'],
  goal: string | null,
  lastYear: string | null,
): BudgetRow {
  return {
    period,
    state,
    goal,
    method: null,
    p10: null,
    point: null,
    p90: null,
    actual: null,
    lastYear,
    gap: null,
  };
}

function subtract(a: string | null, b: string | null): string | null {
  const [x, y] = [a ? parseAmountToMinor(a) : null, b ? parseAmountToMinor(b) : null];
  return x === null || y === null ? null : minorToDecimal(x - y);
}

function shiftYear(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

function previousMonthOf(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
