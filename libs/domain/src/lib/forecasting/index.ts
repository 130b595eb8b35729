export type {
  BacktestOptions,
  BacktestPoint,
  BacktestResult,
  BacktestSummary,
  BacktestTarget,
} from './backtest.types';
export { bias } from './bias';
export { drift } from './drift';
export { arrayOffsets, type CloseOffsets, lowerBound, sortedTailOffsets } from './close-offsets';
export { type CloseDateEstimate, estimateCloseDate, estimateCloseDateSorted } from './estimate-close-date';
export { fitSmoothing } from './fit-smoothing';
export {
  FORECAST_METHODS,
  type ForecastMethod,
  type ForecastMethodId,
  type PointMethod,
} from './forecast-methods';
export { forecastSmoothed } from './forecast-smoothed';
export { holt, HOLT_MIN_HISTORY, type HoltOptions } from './holt';
export { holtWinters, type HoltWintersOptions } from './holt-winters';
export { type Insufficient, insufficient, type InsufficientReason, isInsufficient } from './insufficient';
export { intervalCoverage } from './interval-coverage';
export { intervalFromErrors, type QuantileForecast } from './interval-from-errors';
export { mulberry32 } from './mulberry32';
export { naive } from './naive';
export { quantile } from './quantile';
export { type MethodBacktest, type MethodRanking, rankMethods } from './rank-methods';
export { rollingOriginBacktest } from './rolling-origin-backtest';
export { summarizeBacktest } from './summarize-backtest';
export { seasonalNaive } from './seasonal-naive';
export { shrunkRate } from './shrunk-rate';
export { simulatePipeline } from './simulate-pipeline';
export type { PipelineSimulation, PipelineSimulationInput, SimulatedDeal } from './simulate-pipeline.types';
export { smoothSeries } from './smooth-series';
export type { SmoothingParams, SmoothingRun, SmoothingSpec, SmoothingStates } from './smoothing.types';
export { type OpenDeal, stageWeighted, type StageWeightedForecast } from './stage-weighted';
export { wape } from './wape';
