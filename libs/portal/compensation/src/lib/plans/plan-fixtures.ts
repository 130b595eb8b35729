import { type MyPlanFieldsFragment, type PlanRulesFieldsFragment } from '@salesops/portal/data-access';

/** The demo's 75/25 plan: nothing under 50%, 1x to 100%, 2x above, capped at 200%. */
export const RULES_75_25: PlanRulesFieldsFragment = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  rounding: 'ROUND_HALF_UP',
  measures: [
    {
      key: 'own',
      label: 'Own won revenue',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0.75',
      curve: {
        kind: 'TIERED',
        threshold: '0.5',
        cap: '2.0',
        rate: null,
        tiers: [
          { upTo: '1.0', rate: '1' },
          { upTo: null, rate: '2' },
        ],
      },
    },
    {
      key: 'team',
      label: 'Team won revenue',
      metric: 'WON_REVENUE',
      scope: 'TEAM',
      weight: '0.25',
      curve: {
        kind: 'TIERED',
        threshold: '0.5',
        cap: '2.0',
        rate: null,
        tiers: [
          { upTo: '1.0', rate: '1' },
          { upTo: null, rate: '2' },
        ],
      },
    },
  ],
  teamBonus: null,
};

export function myPlan(overrides: Partial<MyPlanFieldsFragment> = {}): MyPlanFieldsFragment {
  return {
    assignmentId: 'a1',
    validFrom: '2017-01-01',
    validTo: null,
    acceptedAt: null,
    previousAcceptedNumber: null,
    changes: [],
    documentChanged: false,
    ...overrides,
    version: {
      id: 'v2',
      planId: 'p1',
      planName: 'Account Executive FY2017',
      number: 2,
      status: 'PUBLISHED',
      payFrequency: 'QUARTER',
      effectiveFrom: '2017-01-01',
      effectiveTo: null,
      publishedAt: '2017-01-01T00:00:00Z',
      assignedReps: 35,
      acknowledgedReps: 30,
      contentHash: 'hash-v2',
      version: 3,
      document: '# The plan\n\nYou earn **$10,000** a quarter.<script>alert(1)</script>',
      rules: RULES_75_25,
    },
  };
}
