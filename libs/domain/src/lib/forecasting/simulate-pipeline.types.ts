import { type CloseOffsets } from './close-offsets';

export interface SimulatedDeal {
  readonly amount: number;
  readonly winProbability: number;
  /**
   * Empirical days from today to close of comparable past wins; one is drawn uniformly per run. An array,
   * or a CloseOffsets view (sortedTailOffsets) on a pool shared by many deals.
   */
  readonly closeDayOffsets: readonly number[] | CloseOffsets;
}

export interface PipelineSimulationInput {
  readonly deals: readonly SimulatedDeal[];
  /**
   * Past months' revenue from deals that were not yet in the pipeline when their window opened and were
   * won inside it: the business today's pipeline cannot show. Drawn with replacement, one per month.
   */
  readonly newBusinessMonthly?: readonly number[];
  /** Days from today the window covers: a deal counts when its drawn offset is in [0, windowDays). */
  readonly windowDays: number;
  readonly seed: number;
  /** Defaults to 2000. */
  readonly runs?: number;
}

export interface PipelineSimulation {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** Mean over the runs: converges to expectedRevenue as runs grow. */
  readonly mean: number;
  /** The analytic expectation: Σ amount × p × P(offset < window) + months × mean new business. */
  readonly expectedRevenue: number;
  /** Σ p × P(offset < window): expected wins from today's pipeline (new business is revenue only). */
  readonly expectedCount: number;
  readonly meanCount: number;
  readonly runs: number;
  /** Deals with no close-day offsets cannot be placed in time and are left out, counted here. */
  readonly dealsWithoutTiming: number;
}
