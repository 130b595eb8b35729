import {
  daysBetween,
  estimateCloseDateSorted,
  isInsufficient,
  lowerBound,
  shrunkRate,
  type SimulatedDeal,
  simulatePipeline,
  sortedTailOffsets,
  stageWeighted,
} from '@salesops/domain';

import { type ForecastNote, forecastNote } from '../notes/forecast-notes';

/** A deal open at the as-of date, in the model's units (money in minor units, or 1 per deal for counts). */
export interface PipelineDeal {
  readonly repId: string;
  readonly engageDate: string;
  readonly ageDays: number;
  /** YYYY-MM-DD from the CRM, or null. */
  readonly expectedClose: string | null;
  /** The stage's default win probability, 0..1. */
  readonly stageProbability: number;
  /** Null when the deal has no known value (it still counts for DEALS_WON). */
  readonly value: number | null;
}

/** A closed record: wins, losses and the cycle days of each win. */
export interface WinRecord {
  readonly won: number;
  readonly lost: number;
  /** Ascending: the pools are searched by binary search (a company's may hold hundreds of thousands). */
  readonly cycles: readonly number[];
}

export interface PipelineContext {
  readonly asOf: string;
  /** The forecast window [windowStart, windowEnd), windowStart ≥ asOf. */
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly rep: ReadonlyMap<string, WinRecord>;
  /** The record of each rep's team (by rep id), the prior a rep's own record is shrunk toward. */
  readonly teamOfRep: ReadonlyMap<string, WinRecord>;
  readonly company: WinRecord;
  /** Past windows' new business per month, in the model's units. */
  readonly newBusinessMonthly: readonly number[];
  readonly seed: number;
  readonly runs?: number;
}

export interface PipelineEstimate {
  readonly point: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** What the estimate rests on and what it left out, one sentence each. */
  readonly notes: readonly ForecastNote[];
}

/** How many past deals a team's win rate is worth when shrinking a rep's own rate toward it. */
export const PRIOR_STRENGTH = 20;
const MIN_COMPARABLE = 5;

/** A CRM date still ahead, or an estimate from the first pool with enough comparable wins; null if stale. */
function closeOf(
  deal: PipelineDeal,
  asOf: string,
  pools: readonly (readonly number[])[],
): { date: string; estimated: boolean } | null {
  if (deal.expectedClose && deal.expectedClose >= asOf) return { date: deal.expectedClose, estimated: false };
  for (const pool of pools) {
    const estimate = estimateCloseDateSorted(deal.engageDate, deal.ageDays, pool, MIN_COMPARABLE);
    if (!isInsufficient(estimate)) return { date: estimate.expectedClose, estimated: true };
  }
  return null;
}

const poolsOf = (deal: PipelineDeal, ctx: PipelineContext) => [
  ctx.rep.get(deal.repId)?.cycles ?? [],
  ctx.teamOfRep.get(deal.repId)?.cycles ?? [],
  ctx.company.cycles,
];

/**
 * Stage-weighted pipeline (the domain's stageWeighted) for the window: Σ value × stage probability over
 * deals expected to close in it. The close date is the CRM's while it lies ahead; otherwise (none, or
 * overdue) it is estimated from the rep's won cycles (then the team's, then the company's) given the
 * deal's age. The interval treats each deal as won independently at its stage probability.
 */
export function stageWeightedEstimate(
  deals: readonly PipelineDeal[],
  ctx: PipelineContext,
): PipelineEstimate {
  const placed: { deal: PipelineDeal; close: string; estimated: boolean }[] = [];
  let stale = 0;
  for (const deal of deals) {
    const close = closeOf(deal, ctx.asOf, poolsOf(deal, ctx));
    if (close) placed.push({ deal, close: close.date, estimated: close.estimated });
    else stale++;
  }
  const valued = placed.filter((p) => p.deal.value !== null);
  const result = stageWeighted(
    valued.map((p) => ({
      amount: p.deal.value as number,
      winProbability: p.deal.stageProbability,
      expectedClose: p.close,
      closeSource: p.estimated ? ('ESTIMATED' as const) : ('CRM' as const),
    })),
    ctx.windowStart,
    ctx.windowEnd,
  );
  const simulation = simulatePipeline({
    deals: valued.map((p) => ({
      amount: p.deal.value as number,
      winProbability: p.deal.stageProbability,
      closeDayOffsets: [daysBetween(ctx.windowStart, p.close)],
    })),
    windowDays: daysBetween(ctx.windowStart, ctx.windowEnd),
    seed: ctx.seed,
    runs: ctx.runs,
  });
  const estimatedShare =
    result.expectedRevenue > 0 ? result.estimatedCloseRevenue / result.expectedRevenue : 0;
  const notes: ForecastNote[] = [
    forecastNote('pipeline.placed', {
      inWindow: result.dealsInPeriod,
      open: deals.length,
      estimatedPercent: Math.round(estimatedShare * 100),
    }),
  ];
  if (stale) notes.push(forecastNote('pipeline.untimed', { deals: stale }));
  const unvalued = deals.length - stale - valued.length;
  if (unvalued > 0) notes.push(forecastNote('pipeline.no_value', { deals: unvalued }));
  notes.push(forecastNote('pipeline.independent', {}));
  return {
    point: result.expectedRevenue,
    p10: simulation.p10,
    p50: simulation.p50,
    p90: simulation.p90,
    notes,
  };
}

/**
 * History-calibrated pipeline: each open deal is won with the rep's own win rate shrunk toward the team's
 * (shrunkRate, worth PRIOR_STRENGTH deals), closes after a remaining cycle drawn from past wins at least as
 * old as it (the rep's, else the team's, else the company's), and each month adds new business drawn from
 * past months; seeded Monte Carlo (simulatePipeline). The point is the analytic expectation.
 */
export function simulationEstimate(deals: readonly PipelineDeal[], ctx: PipelineContext): PipelineEstimate {
  const companyRate = rate(ctx.company);
  const shift = daysBetween(ctx.asOf, ctx.windowStart);
  let untimed = 0;
  const simulated: SimulatedDeal[] = [];
  for (const deal of deals) {
    if (deal.value === null) continue;
    const own = ctx.rep.get(deal.repId) ?? { won: 0, lost: 0, cycles: [] };
    const prior = rate(ctx.teamOfRep.get(deal.repId)) ?? companyRate;
    const p = prior === null ? null : shrunkRate(own.won, own.won + own.lost, prior, PRIOR_STRENGTH);
    const pool = poolsOf(deal, ctx).find(
      (cycles) => cycles.length - lowerBound(cycles, deal.ageDays) >= MIN_COMPARABLE,
    );
    if (p === null || !pool) {
      untimed++;
      continue;
    }
    // The remaining cycles c − age of the comparable wins, shifted to the window's start.
    const offsets = sortedTailOffsets(pool, deal.ageDays, deal.ageDays + shift);
    simulated.push({ amount: deal.value, winProbability: p, closeDayOffsets: offsets });
  }
  const result = simulatePipeline({
    deals: simulated,
    newBusinessMonthly: ctx.newBusinessMonthly,
    windowDays: daysBetween(ctx.windowStart, ctx.windowEnd),
    seed: ctx.seed,
    runs: ctx.runs,
  });
  const notes: ForecastNote[] = [
    forecastNote('pipeline.simulated', { deals: simulated.length, runs: result.runs }),
  ];
  if (untimed) notes.push(forecastNote('pipeline.untimed', { deals: untimed }));
  notes.push(
    ctx.newBusinessMonthly.length === 0
      ? forecastNote('pipeline.no_new_business', {})
      : forecastNote('pipeline.new_business', { windows: ctx.newBusinessMonthly.length }),
  );
  return { point: result.expectedRevenue, p10: result.p10, p50: result.p50, p90: result.p90, notes };
}

function rate(record: WinRecord | undefined): number | null {
  return record && record.won + record.lost > 0 ? record.won / (record.won + record.lost) : null;
}
