import { type DataSource } from 'typeorm';

import { addDefaultStagesIfNone, type DefaultStage, lockSalesStages } from './sales-stage.queries';

/**
 * The sales process a new database starts with: a common B2B funnel with default win chances, which ops
 * rename, reorder and re-weigh on the Sales process page. An import whose file calls its stages otherwise
 * maps them (stageNames) or the stages are edited first; the preview lists every name it does not know.
 */
export const DEFAULT_STAGES: readonly DefaultStage[] = [
  { name: 'Prospecting', kind: 'OPEN', winProbability: 10 },
  { name: 'Qualified', kind: 'OPEN', winProbability: 25 },
  { name: 'Proposal', kind: 'OPEN', winProbability: 50 },
  { name: 'Negotiation', kind: 'OPEN', winProbability: 75 },
  { name: 'Won', kind: 'WON', winProbability: 100 },
  { name: 'Lost', kind: 'LOST', winProbability: 0 },
];

/** Gives a database without stages the default sales process; the number of stages added. */
export function ensureDefaultSalesProcess(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await lockSalesStages(manager);
    return addDefaultStagesIfNone(manager, DEFAULT_STAGES);
  });
}
