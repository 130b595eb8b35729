import { Dec } from './decimal';
import { type TeamBonusRule } from './plan-rules';
import { teamBonusShare } from './team-bonus-share';

const PARTIAL: TeamBonusRule = { amountMinor: '500000', threshold: '1.0', partialFrom: '0.9' };

function share(bonus: TeamBonusRule, actual: number) {
  const result = teamBonusShare(bonus, new Dec(actual), new Dec(10000));
  return { share: result.numerator.div(result.denominator).toString(), tier: result.tier };
}

describe('teamBonusShare', () => {
  it.each([
    // team actual of a 10,000 target, share of the bonus, tier: hand-worked from 90% → 100% linear.
    [10500, '1', 'met 100%'],
    [10000, '1', 'met 100%'], // exactly at the threshold: whole
    [9999, '0.999', 'partial 90%–100%'], // (99.99 − 90) / 10
    [9500, '0.5', 'partial 90%–100%'], // halfway
    [9000, '0', 'partial 90%–100%'], // at partialFrom the share starts from 0
    [8999, '0', 'missed 100%'],
    [8500, '0', 'missed 100%'],
  ])('should pay a share when team actual is %p of 10,000 (%p, %s)', (actual, expected, tier) => {
    expect(share(PARTIAL, actual)).toEqual({ share: expected, tier });
  });

  it('should pay nothing below the threshold when there is no partial range', () => {
    const allOrNothing: TeamBonusRule = { amountMinor: '500000', threshold: '1.0' };
    expect(share(allOrNothing, 9999)).toEqual({ share: '0', tier: 'missed 100%' });
    expect(teamBonusShare(allOrNothing, new Dec(95), new Dec(100)).reason).toBe(
      'team attainment 95% is below 100%',
    );
  });

  it('should give no reason when the team earns the whole bonus or a share of it', () => {
    expect(teamBonusShare(PARTIAL, new Dec(100), new Dec(100)).reason).toBe('');
    expect(teamBonusShare(PARTIAL, new Dec(95), new Dec(100)).reason).toBe('');
  });

  it('should describe the partial share with the attainment when it is between the bounds', () => {
    expect(teamBonusShare(PARTIAL, new Dec(95), new Dec(100)).working).toBe('50% (95% between 90% and 100%)');
  });
});
