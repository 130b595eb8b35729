import {
  absentOn,
  atCap,
  capUsed,
  filterByName,
  type RoutingRule,
  sharesOfLeads,
  shareWithWeight,
  summarizeRules,
  totalWeight,
} from './routing-rules';

function rule(repId: string, weight: number, extra: Partial<RoutingRule> = {}): RoutingRule {
  return {
    repId,
    repName: `Rep ${repId}`,
    repActive: true,
    weight,
    capacityPerMonth: null,
    routedThisMonth: 0,
    absences: [],
    ...extra,
  };
}

describe('sharesOfLeads', () => {
  it('should split leads by weight among active reps with a weight above 0', () => {
    const shares = sharesOfLeads([
      rule('a', 3),
      rule('b', 1),
      rule('zero', 0),
      rule('gone', 5, { repActive: false }),
    ]);

    expect(shares.get('a')).toBe(0.75);
    expect(shares.get('b')).toBe(0.25);
    expect(shares.get('zero')).toBeNull();
    expect(shares.get('gone')).toBeNull();
  });

  it('should give nobody a share when no rep takes part', () => {
    const shares = sharesOfLeads([rule('a', 0), rule('b', 2, { repActive: false })]);
    expect([...shares.values()]).toEqual([null, null]);
  });

  it('should ignore absences and caps, which only pass turns on while they last', () => {
    const shares = sharesOfLeads([
      rule('a', 1, { absences: [{ id: 'x', startsOn: '2020-01-01', endsOn: '2099-01-01', reason: null }] }),
      rule('b', 1, { capacityPerMonth: 0 }),
    ]);
    expect(shares.get('a')).toBe(0.5);
    expect(shares.get('b')).toBe(0.5);
  });
});

describe('shareWithWeight', () => {
  it('should preview the share a rep would get with a new weight', () => {
    const rules = [rule('a', 3), rule('b', 1), rule('c', 4)];
    expect(totalWeight(rules, 'c')).toBe(4);
    expect(shareWithWeight(4, totalWeight(rules, 'c'), true)).toBe(0.5);
    expect(shareWithWeight(1, 0, true)).toBe(1);
  });

  it('should give no share to weight 0 or an inactive rep', () => {
    expect(shareWithWeight(0, 4, true)).toBeNull();
    expect(shareWithWeight(5, 4, false)).toBeNull();
  });
});

describe('capUsed and atCap', () => {
  it('should measure the month against the cap and stop the bar at full', () => {
    expect(capUsed({ capacityPerMonth: 40, routedThisMonth: 10 })).toBe(0.25);
    expect(capUsed({ capacityPerMonth: 5, routedThisMonth: 9 })).toBe(1);
    expect(atCap({ capacityPerMonth: 5, routedThisMonth: 5 })).toBe(true);
    expect(atCap({ capacityPerMonth: 5, routedThisMonth: 4 })).toBe(false);
  });

  it('should draw no bar without a cap and a full one for a cap of 0', () => {
    expect(capUsed({ capacityPerMonth: null, routedThisMonth: 100 })).toBeNull();
    expect(atCap({ capacityPerMonth: null, routedThisMonth: 100 })).toBe(false);
    expect(capUsed({ capacityPerMonth: 0, routedThisMonth: 0 })).toBe(1);
    expect(atCap({ capacityPerMonth: 0, routedThisMonth: 0 })).toBe(true);
  });
});

describe('absentOn', () => {
  const away = rule('a', 1, {
    absences: [{ id: 'x', startsOn: '2025-03-10', endsOn: '2025-03-12', reason: null }],
  });

  it('should count the first and the last day as away', () => {
    expect(absentOn(away, '2025-03-10')).toBe(true);
    expect(absentOn(away, '2025-03-12')).toBe(true);
    expect(absentOn(away, '2025-03-13')).toBe(false);
    expect(absentOn(away, '2025-03-09')).toBe(false);
  });
});

describe('filterByName', () => {
  const rules = [rule('1', 1, { repName: 'Anna Snelling' }), rule('2', 1, { repName: 'José Álvarez' })];

  it('should match every word, ignoring case and accents', () => {
    expect(filterByName(rules, 'anna').map((r) => r.repId)).toEqual(['1']);
    expect(filterByName(rules, 'jose ALV').map((r) => r.repId)).toEqual(['2']);
    expect(filterByName(rules, 'anna alvarez')).toEqual([]);
  });

  it('should keep every rep when the search is blank', () => {
    expect(filterByName(rules, '  ')).toHaveLength(2);
  });
});

describe('summarizeRules', () => {
  it('should count reps in routing, away today, at their cap and the leads routed this month', () => {
    const today = '2025-03-11';
    const summary = summarizeRules(
      [
        rule('a', 2, { routedThisMonth: 4 }),
        rule('b', 1, { capacityPerMonth: 3, routedThisMonth: 3 }),
        rule('c', 1, {
          absences: [{ id: 'x', startsOn: '2025-03-10', endsOn: '2025-03-12', reason: 'Leave' }],
        }),
        rule('d', 0, { capacityPerMonth: 0 }),
        rule('e', 1, {
          repActive: false,
          absences: [{ id: 'y', startsOn: today, endsOn: today, reason: null }],
        }),
      ],
      today,
    );
    expect(summary).toEqual({ inRouting: 3, absentToday: 1, atCap: 1, routedThisMonth: 7 });
  });
});
