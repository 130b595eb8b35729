/** Decimals an attainment is shown with: 0.6667 is 66.67%. */
export const ATTAINMENT_DECIMALS = 4;

const SCALE = 10n ** BigInt(ATTAINMENT_DECIMALS);

/**
 * Attainment = actual / target, rounded half up to 4 decimals (2/3 is 0.6667, 1/8 is 0.125), from exact
 * integers (minor units or counts) so no float rounds it first; null when the target is not positive (a
 * zero goal has no attainment). The one rule every screen and the API use: goals, team standings and the
 * leaderboard. A negative actual, which no metric produces, rounds half away from zero.
 */
export function attainmentOf(actual: bigint, target: bigint): number | null {
  if (target <= 0n) return null;
  const magnitude = actual < 0n ? -actual : actual;
  const rounded = (magnitude * SCALE * 2n + target) / (target * 2n);
  return Number(actual < 0n ? -rounded : rounded) / Number(SCALE);
}
