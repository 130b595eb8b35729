import { Dec } from './decimal';
import { describeCurve } from './describe-curve';
import { describeTiers } from './describe-tiers';
import { formatPercent } from './format-percent';
import { METRIC_WORDS } from './metric-words';
import { type PlanMeasure } from './plan-rules';

/**
 * What changed in one measure between two versions (matched by key), in words: "Weight of Individual
 * revenue: 75% → 70%". Values compare as numbers, so "1.0" → "1" is no change.
 */
export function measureDiff(before: PlanMeasure, after: PlanMeasure): string[] {
  const changes: string[] = [];
  const name = after.label;
  if (before.label !== after.label) changes.push(`Renamed ${before.label} to ${after.label}`);
  if (before.metric !== after.metric) {
    changes.push(`Metric of ${name}: ${METRIC_WORDS[before.metric]} → ${METRIC_WORDS[after.metric]}`);
  }
  if (before.scope !== after.scope) {
    changes.push(`Scope of ${name}: ${before.scope.toLowerCase()} → ${after.scope.toLowerCase()}`);
  }
  const percent = (what: string, from: string | null, to: string | null, none = 'none') => {
    if (from === to || (from !== null && to !== null && new Dec(from).eq(to))) return;
    const text = (value: string | null) => (value === null ? none : formatPercent(value, 4));
    changes.push(`${what} of ${name}: ${text(from)} → ${text(to)}`);
  };
  percent('Weight', before.weight, after.weight);
  const [a, b] = [before.curve, after.curve];
  if (a.kind === 'TIERED' && b.kind === 'TIERED') {
    percent('Threshold', a.threshold, b.threshold);
    percent('Cap', a.cap, b.cap, 'no cap');
    const [from, to] = [describeTiers(a.tiers), describeTiers(b.tiers)];
    if (from !== to) changes.push(`Tiers of ${name}: ${from} → ${to}`);
  } else if (a.kind === 'COMMISSION' && b.kind === 'COMMISSION') {
    percent('Commission rate', a.rate, b.rate);
  } else {
    changes.push(`Curve of ${name}: ${describeCurve(a)} → ${describeCurve(b)}`);
  }
  return changes;
}
