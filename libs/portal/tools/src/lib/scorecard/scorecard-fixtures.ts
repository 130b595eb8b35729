import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import { TOOL } from '../inventory/tool-fixtures';

type Wave = ToolScorecardRowFragment['trend'][number];

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
  };
}

export const HIGHSPOT: ToolScorecardRowFragment = {
  tool: TOOL,
  latestCsat: 0.0769,
  latestNps: null,
  signal: 'REPLACE',
  reasons: ['Only 8% of users are satisfied (CSAT, wave 2)', 'Only 16 of 35 seats are in use (46%)'],
  trend: [wave(1, 0.4667), wave(2, 0.0769)],
  satisfactionVsPerformance: {
    reps: 13,
    correlation: 0.42,
    reading: 'Happier users sold more (r = 0.42 over 13 reps, won revenue in FY2026-Q4)',
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
  reasons: ['83% of users are satisfied (CSAT, wave 2)', '88% of seats in use'],
  trend: [wave(1, 0.55), wave(2, 0.8333)],
  satisfactionVsPerformance: null,
};

export const CLARI: ToolScorecardRowFragment = {
  tool: { ...TOOL, id: 't3', name: 'Clari', category: 'FORECASTING', vendor: 'Clari', daysToRenewal: 45, renewalDate: '2027-01-11' },
  latestCsat: null,
  latestNps: null,
  signal: 'REVIEW',
  reasons: ['No satisfaction survey results yet', 'Renews in 45 days: decide before then'],
  trend: [],
  satisfactionVsPerformance: null,
};
