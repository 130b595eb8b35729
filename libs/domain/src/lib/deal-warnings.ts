import { addDays } from './period';

/**
 * What makes a deal implausible though it can be stored (docs/metrics.md, "Flagged deals"):
 * - CLOSE_BEFORE_ENGAGE: its close date is earlier than its engage date;
 * - ZERO_AMOUNT: it is won (its stage is of kind WON) and its amount is written as 0 (a lost deal's 0 is normal);
 * - FAR_FUTURE_DATE: its engage, expected close or close date is more than FAR_FUTURE_DAYS after the day the
 *   row is read (UTC).
 * An import stores such a row with its warnings unless its mapping refuses that warning.
 */
export const DEAL_WARNINGS = ['CLOSE_BEFORE_ENGAGE', 'ZERO_AMOUNT', 'FAR_FUTURE_DATE'] as const;
export type DealWarning = (typeof DEAL_WARNINGS)[number];

/** How far after the day a row is read a date may lie before it is flagged FAR_FUTURE_DATE. */
export const FAR_FUTURE_DAYS = 730;

/** The facts of a deal the warnings are judged on: dates ISO (YYYY-MM-DD) or null, amount in minor units. */
export interface DealFacts {
  engageDate: string | null;
  expectedCloseDate: string | null;
  closeDate: string | null;
  amountMinor: bigint | null;
  won: boolean;
}

/** The last date that is not far in the future for a row read on `today` (YYYY-MM-DD). */
export function lastPlausibleDate(today: string): string {
  // Remembered for the last day asked: an import asks once per row, always for the same day.
  if (lastAsked?.today !== today) lastAsked = { today, last: addDays(today, FAR_FUTURE_DAYS) };
  return lastAsked.last;
}
let lastAsked: { today: string; last: string } | null = null;

/** The warnings of a deal read on `today`, in the order of DEAL_WARNINGS; empty when it is plausible. */
export function dealWarnings(deal: DealFacts, today: string): DealWarning[] {
  const warnings: DealWarning[] = [];
  if (deal.engageDate !== null && deal.closeDate !== null && deal.closeDate < deal.engageDate)
    warnings.push('CLOSE_BEFORE_ENGAGE');
  if (deal.won && deal.amountMinor === 0n) warnings.push('ZERO_AMOUNT');
  const last = lastPlausibleDate(today);
  if ([deal.engageDate, deal.expectedCloseDate, deal.closeDate].some((date) => date !== null && date > last))
    warnings.push('FAR_FUTURE_DATE');
  return warnings;
}
