import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';

import { TOOL } from '../inventory/tool-fixtures';

type Wave = ToolScorecardRowFragment['trend'][number];
type Finding = ToolScorecardRowFragment['findings'][number];

/** A scorecard finding as the API sends it: figures left out are null. */
export function finding(
  kind: Finding['kind'],
  weighs: Finding['weighs'],
  reason: string,
  figures: Partial<Finding> = {},
): Finding {
  return {
    kind,
    weighs,
    reason,
    value: null,
    previous: null,
    wave: null,
    previousWave: null,
    seatsUsed: null,
    seatsBought: null,
    days: null,
    ...figures,
  };
}

/** Test data for the scorecard specs. */
export function wave(waveNo: number, csat: number | null, responses = 30): Wave {
  return {
    surveyId: `s${waveNo}`,
    title: 'Quarterly sales tool pulse',
    wave: waveNo,
    closesAt: `2026-0${waveNo + 1}-15T00:00:00.000Z`,
    responses,
    csat,
    nps: null,
    meanScore: csat === null ? null : 3,
    scores: csat === null ? null : responses,
    scoresNeeded: 5,
    provisional: false,
  };
}

export const HIGHSPOT: ToolScorecardRowFragment = {
  tool: TOOL,
  latestCsat: 0.0769,
  latestNps: null,
  signal: 'REPLACE',
  findings: [
    finding('CSAT', 'REPLACE', 'Only 8% of users are satisfied (CSAT, wave 2)', { value: 0.0769, wave: 2 }),
    finding('SEATS', 'REVIEW', 'Only 16 of 35 seats are in use (46%)', {
      value: 0.4571,
      seatsUsed: 16,
      seatsBought: 35,
    }),
  ],
  trend: [wave(1, 0.4667), wave(2, 0.0769)],
  satisfactionVsPerformance: {
    reps: 13,
    correlation: 0.42,
    period: 'FY2026-Q4',
  },
};

export const SALESFORCE: ToolScorecardRowFragment = {
  tool: {
    ...TOOL,
    id: 't2',
    name: 'Salesforce Sales Cloud',
    category: 'CRM',
    vendor: 'Salesforce',
    seatsBought: 40,
    seatsUsed: 35,
    utilisation: 0.875,
    costPerSeat: { amount: '165.00', minor: '16500', currency: 'USD' },
    costPerUsedSeat: { amount: '188.57', minor: '18857', currency: 'USD' },
    monthlyCost: { amount: '6600.00', minor: '660000', currency: 'USD' },
    renewalDate: '2027-01-28',
    daysToRenewal: 62,
  },
  latestCsat: 0.8333,
  latestNps: 35.5,
  signal: 'KEEP',
  findings: [
    finding('CSAT', 'KEEP', '83% of users are satisfied (CSAT, wave 2)', { value: 0.8333, wave: 2 }),
    finding('SEATS', 'KEEP', '88% of seats in use', { value: 0.875, seatsUsed: 35, seatsBought: 40 }),
  ],
  trend: [wave(1, 0.55), wave(2, 0.8333)],
  satisfactionVsPerformance: null,
};

export const CLARI: ToolScorecardRowFragment = {
  tool: {
    ...TOOL,
    id: 't3',
    name: 'Clari',
    category: 'FORECASTING',
    vendor: 'Clari',
    daysToRenewal: 45,
    renewalDate: '2027-01-11',
  },
  latestCsat: null,
  latestNps: null,
  signal: 'REVIEW',
  findings: [
    finding('NO_RESULTS', 'REVIEW', 'No satisfaction survey results yet'),
    finding('RENEWAL_SOON', 'REVIEW', 'Renews in 45 days: decide before then', { days: 45 }),
  ],
  trend: [],
  satisfactionVsPerformance: null,
};
