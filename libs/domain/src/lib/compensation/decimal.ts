import Decimal from 'decimal.js';

/**
 * The engine's own Decimal: a clone, so no other code's global Decimal settings can change a payout,
 * in the API or in the browser. 100 significant digits hold every product the validated limits allow
 * (amounts of 18 digits, rates and attainments of 6 decimals) exactly, so sums and products never round;
 * the single rounding of a line happens in `roundHalfUp`. Never exponent notation in `toString`.
 */
export const Dec = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
