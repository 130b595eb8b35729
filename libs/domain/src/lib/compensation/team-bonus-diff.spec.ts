import { teamBonusDiff } from './team-bonus-diff';

const BONUS = { amountMinor: '500000', threshold: '1.0', partialFrom: '0.9' };

describe('teamBonusDiff', () => {
  it('should say the bonus was added or removed when only one version has it', () => {
    expect(teamBonusDiff(undefined, BONUS)).toEqual([
      'Added a team bonus: 5,000.00 at 100% team attainment, partly from 90%',
    ]);
    expect(teamBonusDiff(BONUS, undefined)).toEqual([
      'Removed the team bonus (5,000.00 at 100% team attainment, partly from 90%)',
    ]);
    expect(teamBonusDiff(undefined, undefined)).toEqual([]);
  });

  it('should word each change when amount, threshold, partial start and metric change', () => {
    const after = { amountMinor: '600000', threshold: '1.05', metric: 'DEALS_WON' as const };
    expect(teamBonusDiff(BONUS, after)).toEqual([
      'Team bonus: 5,000.00 → 6,000.00',
      'Team bonus threshold: 100% → 105%',
      'Team bonus partly from: 90% → none',
      'Team bonus metric: won revenue → deals won',
    ]);
  });

  it('should list nothing when neither version has a partial start', () => {
    const allOrNothing = { amountMinor: '500000', threshold: '1' };
    expect(teamBonusDiff(allOrNothing, { ...allOrNothing })).toEqual([]);
  });

  it('should list nothing when the metric is only made explicit as the default', () => {
    expect(teamBonusDiff(BONUS, { ...BONUS, threshold: '1', metric: 'WON_REVENUE' })).toEqual([]);
  });
});
