import { arrayOffsets, type CloseOffsets } from './close-offsets';
import { mulberry32 } from './mulberry32';
import { quantile } from './quantile';
import { type PipelineSimulation, type PipelineSimulationInput } from './simulate-pipeline.types';

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Monte Carlo of the window's won revenue. Each run wins each deal with its probability, draws its close
 * offset from its own empirical offsets, and adds new business: one drawn month per whole month of the
 * window and a share of one more for the part month. Seeded (mulberry32), so the same input and seed
 * give the same answer everywhere. Quantiles interpolate (type 7) over the run totals.
 */
export function simulatePipeline(input: PipelineSimulationInput): PipelineSimulation {
  const { deals, newBusinessMonthly = [], windowDays, seed, runs = 2000 } = input;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`simulatePipeline: bad runs ${runs}`);
  if (!Number.isFinite(windowDays) || windowDays < 0)
    throw new RangeError('simulatePipeline: bad windowDays');
  if (deals.some((d) => !(d.winProbability >= 0 && d.winProbability <= 1))) {
    throw new RangeError('simulatePipeline: winProbability must be within [0, 1]');
  }
  const timed = deals
    .map((deal) => ({ ...deal, offsets: asOffsets(deal.closeDayOffsets) }))
    .filter((deal) => deal.offsets.length > 0);
  const months = windowDays / DAYS_PER_MONTH;
  const random = mulberry32(seed);
  const draw = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const totals: number[] = [];
  let wins = 0;
  for (let run = 0; run < runs; run++) {
    let total = 0;
    for (const deal of timed) {
      if (random() >= deal.winProbability) continue;
      const offset = deal.offsets.at(Math.floor(random() * deal.offsets.length));
      if (offset >= 0 && offset < windowDays) {
        total += deal.amount;
        wins++;
      }
    }
    if (newBusinessMonthly.length > 0) {
      for (let m = 1; m <= Math.floor(months); m++) total += draw(newBusinessMonthly);
      if (months % 1 > 0) total += (months % 1) * draw(newBusinessMonthly);
    }
    totals.push(total);
  }
  const inWindow = (offsets: CloseOffsets) => offsets.countWithin(windowDays) / offsets.length;
  const newBusinessMean =
    newBusinessMonthly.reduce((sum, v) => sum + v, 0) / Math.max(1, newBusinessMonthly.length);
  const at = (p: number) => quantile(totals, p) ?? 0;
  return {
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    mean: totals.reduce((sum, v) => sum + v, 0) / runs,
    expectedRevenue:
      timed.reduce((sum, d) => sum + d.amount * d.winProbability * inWindow(d.offsets), 0) +
      months * newBusinessMean,
    expectedCount: timed.reduce((sum, d) => sum + d.winProbability * inWindow(d.offsets), 0),
    meanCount: wins / runs,
    runs,
    dealsWithoutTiming: deals.length - timed.length,
  };
}

function asOffsets(offsets: readonly number[] | CloseOffsets): CloseOffsets {
  return Array.isArray(offsets) ? arrayOffsets(offsets as readonly number[]) : (offsets as CloseOffsets);
}
