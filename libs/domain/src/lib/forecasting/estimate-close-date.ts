import { isCalendarDate } from '../calendar-date';
import { addDays } from '../period';
import { lowerBound } from './close-offsets';
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
  return estimateCloseDateSorted(
    engageDate,
    ageDays,
    [...cycleDaysHistory].sort((a, b) => a - b),
    minComparable,
  );
}

/**
 * estimateCloseDate on cycles already in ascending order: a binary search and the middle of the tail, for
 * pools of past wins shared by many deals (a company's can hold hundreds of thousands).
 */
export function estimateCloseDateSorted(
  engageDate: string,
  ageDays: number,
  sortedCycleDays: readonly number[],
  minComparable = 5,
): CloseDateEstimate | Insufficient {
  if (!isCalendarDate(engageDate)) throw new RangeError(`estimateCloseDate: bad date ${engageDate}`);
  if (!Number.isInteger(ageDays) || ageDays < 0)
    throw new RangeError(`estimateCloseDate: bad age ${ageDays}`);
  const from = lowerBound(sortedCycleDays, ageDays);
  const comparable = sortedCycleDays.length - from;
  if (comparable === 0 || comparable < minComparable) {
    return insufficient(
      'NO_COMPARABLE_DEALS',
      minComparable,
      comparable,
      `Only ${comparable} won deals took ${ageDays} days or longer; ${minComparable} are needed`,
    );
  }
  // The median of the remaining times C − age over the tail, as median() takes it.
  const middle = from + Math.floor(comparable / 2);
  const remaining = (i: number) => sortedCycleDays[i] - ageDays;
  const median = comparable % 2 === 1 ? remaining(middle) : (remaining(middle - 1) + remaining(middle)) / 2;
  const remainingDays = Math.ceil(median);
  return {
    expectedClose: addDays(engageDate, ageDays + remainingDays),
    remainingDays,
    comparableDeals: comparable,
  };
}
