/**
 * Weighted absolute percentage error: Σ|A-F| / Σ|A|. Months weigh by their size, so a zero month
 * neither divides by zero nor dominates as it would in MAPE. Null when every actual is 0 (nothing to
 * be wrong about in proportion).
 */
export function wape(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length !== forecast.length) throw new RangeError('wape needs one forecast per actual');
  const scale = actual.reduce((sum, a) => sum + Math.abs(a), 0);
  if (scale === 0) return null;
  return actual.reduce((sum, a, i) => sum + Math.abs(a - forecast[i]), 0) / scale;
}
