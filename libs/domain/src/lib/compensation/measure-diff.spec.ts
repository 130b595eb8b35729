import { measureDiff } from './measure-diff';
import { type PlanMeasure } from './plan-rules';

const BEFORE: PlanMeasure = {
  key: 'individual',
  label: 'Individual revenue',
  metric: 'WON_REVENUE',
  scope: 'REP',
  weight: '0.75',
  curve: {
    kind: 'TIERED',
    threshold: '0.5',
    tiers: [
      { upTo: '1', rate: '1' },
      { upTo: null, rate: '2' },
    ],
    cap: '2.0',
  },
};

describe('measureDiff', () => {
  it('should list nothing when only the writing of numbers changed', () => {
    const after = { ...BEFORE, weight: '0.750', curve: { ...BEFORE.curve, cap: '2' } };
    expect(measureDiff(BEFORE, after)).toEqual([]);
  });

  it('should list nothing when neither version has a cap', () => {
    const uncapped: PlanMeasure = {
      ...BEFORE,
      curve: { ...BEFORE.curve, cap: null } as PlanMeasure['curve'],
    };
    expect(measureDiff(uncapped, structuredClone(uncapped))).toEqual([]);
  });

  it('should word each change when weight, threshold, cap and tiers change', () => {
    const after: PlanMeasure = {
      ...BEFORE,
      weight: '0.7',
      curve: {
        kind: 'TIERED',
        threshold: '0.6',
        tiers: [
          { upTo: '1', rate: '1' },
          { upTo: null, rate: '3' },
        ],
        cap: null,
      },
    };
    expect(measureDiff(BEFORE, after)).toEqual([
      'Weight of Individual revenue: 75% → 70%',
      'Threshold of Individual revenue: 50% → 60%',
      'Cap of Individual revenue: 200% → no cap',
      'Tiers of Individual revenue: 0%–100% at 1x, 100%–∞ at 2x → 0%–100% at 1x, 100%–∞ at 3x',
    ]);
  });

  it('should word renames, metric and scope when they change', () => {
    const after: PlanMeasure = { ...BEFORE, label: 'Own revenue', metric: 'DEALS_WON', scope: 'TEAM' };
    expect(measureDiff(BEFORE, after)).toEqual([
      'Renamed Individual revenue to Own revenue',
      'Metric of Own revenue: won revenue → deals won',
      'Scope of Own revenue: rep → team',
    ]);
  });

  it('should describe both curves when the kind changes', () => {
    const after: PlanMeasure = { ...BEFORE, weight: '0', curve: { kind: 'COMMISSION', rate: '0.05' } };
    expect(measureDiff(BEFORE, after)).toEqual([
      'Weight of Individual revenue: 75% → 0%',
      'Curve of Individual revenue: threshold 50%; 0%–100% at 1x, 100%–∞ at 2x; cap 200% → commission 5%',
    ]);
  });

  it('should word a commission rate change when both are commissions', () => {
    const commission: PlanMeasure = { ...BEFORE, weight: '0', curve: { kind: 'COMMISSION', rate: '0.05' } };
    const after: PlanMeasure = { ...commission, curve: { kind: 'COMMISSION', rate: '0.055' } };
    expect(measureDiff(commission, after)).toEqual(['Commission rate of Individual revenue: 5% → 5.5%']);
  });
});
