import { type DealWarning } from '@salesops/portal/data-access';

/** The warnings filter: flagged with any warning, with one, or with none. */
export type WarningFilter = 'FLAGGED' | 'PLAIN' | DealWarning;

/** The deals filter's fields for a warnings filter. */
export function warningVariables(filter: WarningFilter | null): { flagged?: boolean; warning?: DealWarning } {
  if (filter === null) return {};
  if (filter === 'FLAGGED') return { flagged: true };
  if (filter === 'PLAIN') return { flagged: false };
  return { warning: filter };
}
