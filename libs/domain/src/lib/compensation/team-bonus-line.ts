import { Dec } from './decimal';
import { formatAmount } from './format-amount';
import { type LineContext, makeLine } from './make-line';
import { type TeamBonusRule } from './plan-rules';
import { roundHalfUp } from './round-half-up';
import { type MeasureInput, type StatementLine } from './statement';
import { teamBonusShare } from './team-bonus-share';

/** The team bonus line: bonus × share × days / periodDays, rounded once; "no goal" without a team target. */
export function teamBonusLine(
  bonus: TeamBonusRule,
  input: MeasureInput | undefined,
  context: LineContext,
): StatementLine {
  const metric = bonus.metric ?? 'WON_REVENUE';
  const base = { kind: 'TEAM_BONUS', measureKey: null, label: 'Team bonus', metric, scope: 'TEAM' } as const;
  const actual = input ? new Dec(input.actual) : null;
  const target = input ? new Dec(input.target) : null;
  const facts = { ...base, actual, target, prorated: true, factors: [], amountMinor: 0n };
  if (actual === null || target === null || target.isZero()) {
    return makeLine(context, { ...facts, tier: 'no goal', rate: new Dec(0), reason: 'no team goal set' });
  }
  const share = teamBonusShare(bonus, actual, target);
  if (share.working === null) {
    return makeLine(context, { ...facts, tier: share.tier, rate: share.rate, reason: share.reason });
  }
  const numerator = new Dec(bonus.amountMinor).times(share.numerator).times(context.days);
  const amountMinor = roundHalfUp(numerator, share.denominator.times(context.periodDays));
  const factors = [formatAmount(BigInt(bonus.amountMinor)), share.working];
  return makeLine(context, { ...facts, tier: share.tier, rate: share.rate, factors, amountMinor });
}
