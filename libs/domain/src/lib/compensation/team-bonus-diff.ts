import { Dec } from './decimal';
import { formatAmount } from './format-amount';
import { formatPercent } from './format-percent';
import { METRIC_WORDS } from './metric-words';
import { type TeamBonusRule } from './plan-rules';

/** The team bonus in words: "5,000.00 at 100% team attainment, partly from 90%". */
function describe(bonus: TeamBonusRule): string {
  const partly =
    bonus.partialFrom === undefined ? '' : `, partly from ${formatPercent(bonus.partialFrom, 4)}`;
  const threshold = formatPercent(bonus.threshold, 4);
  return `${formatAmount(BigInt(bonus.amountMinor))} at ${threshold} team attainment${partly}`;
}

/** What changed in the team bonus between two versions, in words; nothing when it reads the same. */
export function teamBonusDiff(before: TeamBonusRule | undefined, after: TeamBonusRule | undefined): string[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [`Added a team bonus: ${describe(after as TeamBonusRule)}`];
  if (after === undefined) return [`Removed the team bonus (${describe(before)})`];
  const changes: string[] = [];
  if (!new Dec(before.amountMinor).eq(after.amountMinor)) {
    const [from, to] = [formatAmount(BigInt(before.amountMinor)), formatAmount(BigInt(after.amountMinor))];
    changes.push(`Team bonus: ${from} → ${to}`);
  }
  const percent = (what: string, from: string | undefined, to: string | undefined) => {
    if (from === to || (from !== undefined && to !== undefined && new Dec(from).eq(to))) return;
    const text = (value: string | undefined) => (value === undefined ? 'none' : formatPercent(value, 4));
    changes.push(`${what}: ${text(from)} → ${text(to)}`);
  };
  percent('Team bonus threshold', before.threshold, after.threshold);
  percent('Team bonus partly from', before.partialFrom, after.partialFrom);
  const [fromMetric, toMetric] = [before.metric ?? 'WON_REVENUE', after.metric ?? 'WON_REVENUE'];
  if (fromMetric !== toMetric) {
    changes.push(`Team bonus metric: ${METRIC_WORDS[fromMetric]} → ${METRIC_WORDS[toMetric]}`);
  }
  return changes;
}
