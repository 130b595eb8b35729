import { isPeriodKey } from '@salesops/domain';

import { isAdjustmentAmount } from './adjustment-amount';

/** A correction as ops type it: an amount on an open period's statement, and the words the rep reads. */
export interface CorrectionDraft {
  readonly amount: string;
  readonly period: string;
  readonly text: string;
}

/** Which fields of a correction are wrong; the amount and the period count only when money moves. */
export interface CorrectionProblems {
  readonly amount: boolean;
  readonly period: boolean;
  readonly text: boolean;
}

/**
 * Checks a correction as the API will: an amount (not zero, two decimals at most), a pay period key and
 * the text, from 1 to `maxText` characters once trimmed.
 */
export function correctionProblems(
  draft: CorrectionDraft,
  withAmount: boolean,
  maxText: number,
): CorrectionProblems {
  const text = draft.text.trim();
  return {
    amount: withAmount && !isAdjustmentAmount(draft.amount),
    period: withAmount && !isPeriodKey(draft.period.trim(), ['YEAR', 'QUARTER', 'MONTH']),
    text: text.length === 0 || text.length > maxText,
  };
}
