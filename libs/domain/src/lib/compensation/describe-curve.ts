import { describeTiers } from './describe-tiers';
import { formatPercent } from './format-percent';
import { type PlanCurve } from './plan-rules';

/** A curve in one line: "threshold 50%; 0%–100% at 1x, 100%–∞ at 2x; cap 200%", or "commission 5%". */
export function describeCurve(curve: PlanCurve): string {
  if (curve.kind === 'COMMISSION') return `commission ${formatPercent(curve.rate, 4)}`;
  const cap = curve.cap === null ? 'no cap' : `cap ${formatPercent(curve.cap, 4)}`;
  return `threshold ${formatPercent(curve.threshold, 4)}; ${describeTiers(curve.tiers)}; ${cap}`;
}
