import {
  type PayoutDisputeFieldsFragment,
  type PayoutLineFieldsFragment,
  type PayoutStatementDetailFragment,
  type PayPeriodRowFragment,
} from '@salesops/portal/data-access';

export function line(overrides: Partial<PayoutLineFieldsFragment> = {}): PayoutLineFieldsFragment {
  return {
    key: '2017-01-01:own',
    kind: 'MEASURE',
    label: 'Own won revenue',
    measureKey: 'own',
    metric: 'WON_REVENUE',
    scope: 'REP',
    teamName: null,
    plan: 'Account Executive FY2017 v1',
    actual: '275000.00',
    target: '250000.00',
    attainment: '1.1',
    tier: 'tier 2: 100%–∞ at 2x',
    rate: '2',
    prorationDays: 90,
    periodDays: 90,
    fromDate: '2017-01-01',
    toDate: '2017-04-01',
    formula: '10,000.00 × 75% × 120% = 9,000.00',
    amount: '9000.00',
    amountMinor: '900000',
    reason: null,
    disputeId: null,
    ...overrides,
  };
}

export const STATEMENT: PayoutStatementDetailFragment = {
  repId: 'r1',
  repName: 'Anna Snelling',
  period: 'FY2017-Q1',
  periodStart: '2017-01-01',
  periodEnd: '2017-04-01',
  status: 'FROZEN',
  frozenAt: '2017-04-02T09:00:00Z',
  currency: 'USD',
  total: '11250.00',
  totalMinor: '1125000',
  plans: ['Account Executive FY2017 v1'],
  openDisputes: 0,
  explanation: 'Each line is rounded once, half-up to the cent; the total is the sum of the lines.',
  lines: [
    line(),
    line({
      key: '2017-01-01:team',
      label: 'Team won revenue',
      measureKey: 'team',
      scope: 'TEAM',
      teamName: 'Central 1',
      actual: '900000.00',
      target: '1000000.00',
      attainment: '0.9',
      tier: 'tier 1: 0%–100% at 1x',
      rate: '1',
      prorationDays: 45,
      fromDate: '2017-02-15',
      formula: '10,000.00 × 25% × 90% × 45/90 = 1,125.00',
      amount: '1125.00',
      amountMinor: '112500',
    }),
    line({
      key: 'adj-1',
      kind: 'ADJUSTMENT',
      label: 'Adjustment',
      measureKey: null,
      metric: null,
      scope: null,
      plan: null,
      actual: null,
      target: null,
      attainment: null,
      tier: 'adjustment',
      rate: '1',
      formula: '1,125.00',
      amount: '1125.00',
      amountMinor: '112500',
      reason: 'Late deal',
    }),
  ],
};

export function dispute(overrides: Partial<PayoutDisputeFieldsFragment> = {}): PayoutDisputeFieldsFragment {
  return {
    id: 'd1',
    repId: 'r1',
    repName: 'Anna Snelling',
    period: 'FY2017-Q1',
    lineKey: '2017-01-01:own',
    lineLabel: 'Own won revenue',
    lineAmount: '9000.00',
    currency: 'USD',
    note: 'A deal is missing',
    status: 'OPEN',
    answer: null,
    raisedAt: '2017-04-05T10:00:00Z',
    resolvedAt: null,
    resolvedByName: null,
    adjustmentId: null,
    ...overrides,
  };
}

export function payPeriod(period: string, type: string, status: 'OPEN' | 'CLOSED'): PayPeriodRowFragment {
  return {
    period,
    type,
    status,
    start: '',
    end: '',
    closedAt: null,
    closedByName: null,
    closable: false,
    goalCount: null,
  };
}

export const FY2017_PERIODS = [
  payPeriod('FY2017', 'YEAR', 'OPEN'),
  payPeriod('FY2017-Q1', 'QUARTER', 'CLOSED'),
  payPeriod('FY2017-Q2', 'QUARTER', 'OPEN'),
];
