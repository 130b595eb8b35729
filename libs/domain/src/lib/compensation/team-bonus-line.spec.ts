import { type TeamBonusRule } from './plan-rules';
import { teamBonusLine } from './team-bonus-line';

const BONUS: TeamBonusRule = { amountMinor: '500000', threshold: '1.0', partialFrom: '0.9' };
const WHOLE = { days: 91, periodDays: 91, segment: null };

describe('teamBonusLine', () => {
  it('should pay the whole bonus when the team met its goal', () => {
    // 5,000.00 × 100% = 5,000.00
    const line = teamBonusLine(BONUS, { actual: '10500', target: '10000' }, WHOLE);
    expect(line).toMatchObject({
      kind: 'TEAM_BONUS',
      measureKey: null,
      scope: 'TEAM',
      metric: 'WON_REVENUE',
      attainment: '1.0500',
      tier: 'met 100%',
      rate: '1',
      formula: '5,000.00 × 100% = 5,000.00',
      amountMinor: '500000',
    });
  });

  it('should pay nothing and say why when the team missed', () => {
    const line = teamBonusLine(BONUS, { actual: '8500', target: '10000' }, WHOLE);
    expect(line).toMatchObject({ amountMinor: '0', formula: 'team attainment 85% is below 90% = 0.00' });
  });

  it('should pay a linear share when the team is between partialFrom and threshold', () => {
    // 95%: (95 − 90) / (100 − 90) = 50% → 2,500.00.
    const line = teamBonusLine(BONUS, { actual: '9500', target: '10000' }, WHOLE);
    expect(line).toMatchObject({ amountMinor: '250000', rate: '0.5', tier: 'partial 90%–100%' });
    expect(line.formula).toBe('5,000.00 × 50% (95% between 90% and 100%) = 2,500.00');
  });

  it('should prorate the bonus when the segment is part of the period', () => {
    // 5,000.00 × 45/91 = 2,472.5274… → 2,472.53.
    const line = teamBonusLine(
      BONUS,
      { actual: '1', target: '1' },
      { days: 45, periodDays: 91, segment: null },
    );
    expect(line.amountMinor).toBe('247253');
  });

  it('should keep the share exact when it is a repeating decimal', () => {
    // Actual 29 of target 30 is 96.666…%: share (29/30 − 0.9) / 0.1 = 2/3;
    // 5,000.00 × 2/3 = 3,333.333… → 3,333.33.
    const line = teamBonusLine(BONUS, { actual: '29', target: '30' }, WHOLE);
    expect(line).toMatchObject({ amountMinor: '333333', rate: '0.6667' });
  });

  it('should say "no goal" when the team has no target', () => {
    expect(teamBonusLine(BONUS, undefined, WHOLE)).toMatchObject({ tier: 'no goal', amountMinor: '0' });
    expect(teamBonusLine(BONUS, { actual: '5', target: '0' }, WHOLE).formula).toBe('no team goal set = 0.00');
  });
});
