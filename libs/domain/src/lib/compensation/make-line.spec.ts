import { Dec } from './decimal';
import { type LineFacts, makeLine } from './make-line';

const FACTS: LineFacts = {
  kind: 'MEASURE',
  measureKey: 'rev',
  label: 'Revenue',
  metric: 'WON_REVENUE',
  scope: 'REP',
  actual: new Dec(2),
  target: new Dec(3),
  tier: 'tier 1: 0%–100% at 1x',
  rate: new Dec(1),
  factors: ['10,000.00', '100%', '66.67%'],
  prorated: true,
  amountMinor: 666667n,
};

describe('makeLine', () => {
  it('should give the attainment to 4 decimals, half-up, when it is a repeating decimal', () => {
    expect(makeLine({ days: 91, periodDays: 91, segment: null }, FACTS).attainment).toBe('0.6667');
  });

  it('should leave the days out of the formula when the line covers the whole period', () => {
    const line = makeLine({ days: 91, periodDays: 91, segment: null }, FACTS);
    expect(line.formula).toBe('10,000.00 × 100% × 66.67% = 6,666.67');
  });

  it('should carry the segment when the line belongs to one', () => {
    const segment = { rulesVersionId: 'v1', fromDate: '2024-01-01', toDate: '2024-02-15' };
    const line = makeLine({ days: 45, periodDays: 91, segment }, { ...FACTS, amountMinor: 329670n });
    expect(line).toMatchObject({ ...segment, prorationDays: 45, periodDays: 91, amountMinor: '329670' });
    expect(line.formula).toBe('10,000.00 × 100% × 66.67% × 45/91 = 3,296.70 (prorated 45 of 91 days)');
  });

  it('should write the reason instead of factors when the line pays nothing', () => {
    const facts = { ...FACTS, factors: [], reason: 'no goal set', amountMinor: 0n, target: new Dec(0) };
    const line = makeLine({ days: 91, periodDays: 91, segment: null }, facts);
    expect(line).toMatchObject({ formula: 'no goal set = 0.00', attainment: null, target: '0', actual: '2' });
  });
});
