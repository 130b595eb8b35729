/**
 * Forecast bias: Σ(F-A) / ΣA, positive when the forecast ran above what was won (over-forecast),
 * negative when below. Errors of opposite sign cancel, which is the point: WAPE says how far, bias
 * says which way. Null when the actuals sum to 0.
 */
export function bias(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length !== forecast.length) throw new RangeError('bias needs one forecast per actual');
  const total = actual.reduce((sum, a) => sum + a, 0);
  if (total === 0) return null;
  return actual.reduce((sum, a, i) => sum + (forecast[i] - a), 0) / total;
}
