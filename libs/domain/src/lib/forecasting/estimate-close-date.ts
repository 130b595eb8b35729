import { isCalendarDate } from '../calendar-date';
import { addDays } from '../period';
import { median } from '../statistics';
import { type Insufficient, insufficient } from './insufficient';

export interface CloseDateEstimate {
  /** YYYY-MM-DD. */
  readonly expectedClose: string;
  readonly remainingDays: number;
  /** Won deals whose cycle was at least this deal's age: the sample behind the estimate. */
  readonly comparableDeals: number;
}

/**
 * Expected close date of an open deal without one: today (engageDate + ageDays) plus the median
 * remaining time of past won deals that had lived at least as long, median(C - age | C ≥ age).
 * Conditioning on age matters: a deal already 200 days old is not "median cycle" days from closing; the
 * short cycles it has outlived say nothing about it. Remaining days round up (a half day is the later
 * day). Fewer than `minComparable` such deals (a deal older than nearly all wins) gives Insufficient,
 * which the UI shows as a stale deal rather than a made-up date.
 */
export function estimateCloseDate(
  engageDate: string,
  ageDays: number,
  cycleDaysHistory: readonly number[],
  minComparable = 5,
): CloseDateEstimate | Insufficient {
  if (!isCalendarDate(engageDate)) throw new RangeError(`estimateCloseDate: bad date ${engageDate}`);
  if (!Number.isInteger(ageDays) || ageDays < 0)
    throw new RangeError(`estimateCloseDate: bad age ${ageDays}`);
  const remaining = cycleDaysHistory.filter((cycle) => cycle >= ageDays).map((cycle) => cycle - ageDays);
  const middle = median(remaining);
  if (middle === null || remaining.length < minComparable) {
    return insufficient(
      'NO_COMPARABLE_DEALS',
      minComparable,
      remaining.length,
      `Only ${remaining.length} won deals took ${ageDays} days or longer; ${minComparable} are needed`,
    );
  }
  const remainingDays = Math.ceil(middle);
  return {
    expectedClose: addDays(engageDate, ageDays + remainingDays),
    remainingDays,
    comparableDeals: remaining.length,
  };
}
