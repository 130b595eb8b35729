const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Moves the decimal point of exact decimal text, as text: no float ever touches a rate or an amount.
 * `shiftDecimal("0.875", 2)` is "87.5", `shiftDecimal("95", -2)` is "0.95". Null when it is not a decimal.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const digits = whole + fraction;
  const point = whole.length + places;
  const padded =
    point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const head = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const tail = padded.slice(at).replace(/0+$/, '');
  const body = tail ? `${head}.${tail}` : head;
  return sign && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A ratio ("0.75") as percent text ("75%"). */
export function ratioToPercent(ratio: string): string {
  return `${shiftDecimal(ratio, 2) ?? ratio}%`;
}

/** A rate as a multiplier ("2.0" → "2x"). */
export function rateToMultiplier(rate: string): string {
  return `${shiftDecimal(rate, 0) ?? rate}x`;
}
