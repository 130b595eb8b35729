import { RoutingSkipReason } from './routing.dto';
import { type RoutingExplanation, routingReason, skipReasonOf } from './routing-explanation';

const rep = { active: true, weight: 2, absentUntil: null, capacityPerMonth: 10 };

describe('skipReasonOf', () => {
  it('should let an active rep with weight and room take the lead', () => {
    expect(skipReasonOf(rep, 9)).toBeNull();
  });

  it('should name the first thing that keeps a rep out: inactive, weight 0, away, then the cap', () => {
    expect(skipReasonOf({ ...rep, active: false, weight: 0 }, 0)).toEqual({
      why: RoutingSkipReason.INACTIVE,
      until: null,
      capacity: null,
    });
    expect(skipReasonOf({ ...rep, weight: 0, absentUntil: '2027-01-09' }, 0)).toEqual({
      why: RoutingSkipReason.ZERO_WEIGHT,
      until: null,
      capacity: null,
    });
    expect(skipReasonOf({ ...rep, absentUntil: '2027-01-09' }, 10)).toEqual({
      why: RoutingSkipReason.ABSENT,
      until: '2027-01-09',
      capacity: null,
    });
    expect(skipReasonOf(rep, 10)).toEqual({ why: RoutingSkipReason.AT_CAPACITY, until: null, capacity: 10 });
    expect(skipReasonOf({ ...rep, capacityPerMonth: null }, 500)).toBeNull();
  });
});

describe('routingReason', () => {
  const skipped: RoutingExplanation['skipped'] = [
    { repName: 'Anna Snelling', why: RoutingSkipReason.ABSENT, until: '2027-01-09', capacity: null },
    { repName: 'Boris Faz', why: RoutingSkipReason.ZERO_WEIGHT, until: null, capacity: null },
  ];

  it('should word a routed lead with the chosen weight, the reps available and those skipped', () => {
    expect(routingReason('Darcel Schlecht', { weight: 3, availableReps: 4, skipped })).toBe(
      'Weighted round robin: Darcel Schlecht had the most credit (weight 3) among 4 available reps; skipped Anna Snelling (absent until 2027-01-09), Boris Faz (weight 0)',
    );
    expect(routingReason('Darcel Schlecht', { weight: 1, availableReps: 1, skipped: [] })).toBe(
      'Weighted round robin: Darcel Schlecht had the most credit (weight 1) among 1 available reps',
    );
  });

  it('should word a lead nobody could take', () => {
    const full = { repName: 'Cara Losch', why: RoutingSkipReason.AT_CAPACITY, until: null, capacity: 20 };
    expect(routingReason(null, { weight: null, availableReps: 0, skipped: [full] })).toBe(
      'No rep available: Cara Losch (capacity 20 reached this month)',
    );
    expect(routingReason(null, { weight: null, availableReps: 0, skipped: [] })).toBe(
      'No rep available: no reps',
    );
  });
});
