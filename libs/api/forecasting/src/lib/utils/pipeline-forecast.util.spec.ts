import { shrunkRate } from '@salesops/domain';

import {
  type PipelineContext,
  type PipelineDeal,
  PRIOR_STRENGTH,
  simulationEstimate,
  stageWeightedEstimate,
} from './pipeline-forecast.util';

const cycles = [10, 20, 30, 40, 50, 60, 70, 80];
const context = (overrides: Partial<PipelineContext> = {}): PipelineContext => ({
  asOf: '2017-04-01',
  windowStart: '2017-04-01',
  windowEnd: '2017-07-01',
  rep: new Map([['a', { won: 8, lost: 2, cycles }]]),
  teamOfRep: new Map([['a', { won: 30, lost: 30, cycles }]]),
  company: { won: 100, lost: 100, cycles },
  newBusinessMonthly: [],
  seed: 7,
  runs: 4000,
  ...overrides,
});
const deal = (overrides: Partial<PipelineDeal> = {}): PipelineDeal => ({
  repId: 'a',
  engageDate: '2017-03-01',
  ageDays: 31,
  expectedClose: null,
  stageProbability: 0.4,
  value: 1000,
  ...overrides,
});

describe('stageWeightedEstimate', () => {
  it("should weight each deal by its stage and keep the CRM's close date while it lies ahead", () => {
    const inside = deal({ expectedClose: '2017-05-10' });
    const after = deal({ expectedClose: '2017-08-01', value: 5000 });
    const result = stageWeightedEstimate([inside, after], context());
    expect(result.point).toBeCloseTo(400, 10);
    expect(result.notes.map((n) => n.text)).toEqual([
      'Open deals expected to close in the window: 1 of 2; 0% of the weighted value rests on estimated close dates.',
      'The interval assumes each stage probability is right.',
    ]);
    expect(result.p10).toBeLessThanOrEqual(result.p50);
    expect([result.p10, result.p90]).toEqual([0, 1000]);
  });

  it("should estimate a missing or overdue close date from the rep's cycles given the deal's age", () => {
    // Age 31: wins that took at least 31 days remain 9..49 days, median 29, so it closes 2017-04-30.
    const result = stageWeightedEstimate([deal(), deal({ expectedClose: '2017-03-15' })], context());
    expect(result.point).toBeCloseTo(800, 10);
    expect(result.notes[0]).toMatchObject({
      key: 'pipeline.placed',
      params: { inWindow: 2, open: 2, estimatedPercent: 100 },
    });
  });

  it('should leave out a deal older than nearly every past win as stale', () => {
    const result = stageWeightedEstimate([deal({ ageDays: 75 })], context());
    expect(result.point).toBe(0);
    expect(result.notes[1]).toMatchObject({ key: 'pipeline.untimed', params: { deals: 1 } });
    expect(result.notes[1].text).toMatch(
      /^Deals left out because fewer than 5 past wins had lasted as long as they had .*: 1\.$/,
    );
  });
});

describe('simulationEstimate', () => {
  it("should win each deal at the rep's rate shrunk toward the team's", () => {
    const p = shrunkRate(8, 10, 0.5, PRIOR_STRENGTH) as number;
    // Every comparable remaining cycle (9..49 days) falls inside the 91-day window.
    const result = simulationEstimate([deal(), deal({ value: 3000 })], context());
    expect(result.point).toBeCloseTo(4000 * p, 8);
    expect(result.p90).toBeLessThanOrEqual(4000);
  });

  it('should count only the draws that land inside a window starting later', () => {
    // Window from 2017-05-01: 30 days after asOf; remaining cycles 9..49 land inside for 39 and 49 only.
    const p = shrunkRate(8, 10, 0.5, PRIOR_STRENGTH) as number;
    const result = simulationEstimate([deal()], context({ windowStart: '2017-05-01' }));
    expect(result.point).toBeCloseTo(1000 * p * (2 / 5), 8);
  });

  it('should add months of new business drawn from the past', () => {
    const result = simulationEstimate([], context({ newBusinessMonthly: [300, 300] }));
    expect(result.point).toBeCloseTo((300 * 91) / (365.25 / 12), 6);
    expect(result.notes.map((n) => n.text)).toEqual([
      'Open deals simulated: 0, in 4000 runs.',
      'New business drawn from past windows: 2.',
    ]);
  });
});
