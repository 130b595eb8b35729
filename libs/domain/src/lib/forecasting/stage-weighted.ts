import { isCalendarDate } from '../calendar-date';

export interface OpenDeal {
  readonly amount: number;
  /** 0..1, from the stage (or a shrunk rate) at the time of the forecast. */
  readonly winProbability: number;
  /** YYYY-MM-DD. */
  readonly expectedClose: string;
  /** 'ESTIMATED' when the CRM had no close date and one was estimated (estimateCloseDate). */
  readonly closeSource: 'CRM' | 'ESTIMATED';
}

export interface StageWeightedForecast {
  /** Σ amount × winProbability over deals expected to close in [start, end). */
  readonly expectedRevenue: number;
  /** Σ winProbability over the same deals: the expected number of wins. */
  readonly expectedCount: number;
  readonly dealsInPeriod: number;
  /** The part of expectedRevenue resting on estimated close dates, so the UI can say how much is a guess. */
  readonly estimatedCloseRevenue: number;
}

/**
 * Stage-weighted pipeline: the probability-weighted value of open deals expected to close in the period,
 * start inclusive and end exclusive like every Period. ISO dates compare as strings once validated.
 */
export function stageWeighted(
  openDeals: readonly OpenDeal[],
  periodStart: string,
  periodEnd: string,
): StageWeightedForecast {
  if (!isCalendarDate(periodStart) || !isCalendarDate(periodEnd) || periodEnd < periodStart) {
    throw new RangeError(`stageWeighted: bad period ${periodStart} to ${periodEnd}`);
  }
  const result = { expectedRevenue: 0, expectedCount: 0, dealsInPeriod: 0, estimatedCloseRevenue: 0 };
  for (const deal of openDeals) {
    if (!isCalendarDate(deal.expectedClose))
      throw new RangeError(`stageWeighted: bad date ${deal.expectedClose}`);
    if (!(deal.winProbability >= 0 && deal.winProbability <= 1) || !Number.isFinite(deal.amount)) {
      throw new RangeError('stageWeighted: winProbability must be within [0, 1] and amount finite');
    }
    if (deal.expectedClose < periodStart || deal.expectedClose >= periodEnd) continue;
    const weighted = deal.amount * deal.winProbability;
    result.expectedRevenue += weighted;
    result.expectedCount += deal.winProbability;
    result.dealsInPeriod += 1;
    if (deal.closeSource === 'ESTIMATED') result.estimatedCloseRevenue += weighted;
  }
  return result;
}
