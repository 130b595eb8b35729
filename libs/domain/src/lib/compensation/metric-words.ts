import { type PlanMetric } from './plan-rules';

/** Metrics as the portal words them, for texts written by the engine (diffs). */
export const METRIC_WORDS: Readonly<Record<PlanMetric, string>> = {
  WON_REVENUE: 'won revenue',
  DEALS_WON: 'deals won',
  NEW_PIPELINE: 'new pipeline',
};
