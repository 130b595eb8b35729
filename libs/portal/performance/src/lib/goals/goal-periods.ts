import { type FiscalCalendar, parsePeriodKey } from '@salesops/domain';

/** A period that holds goals of the rep (from the API's `goalPeriods`): start inclusive, end exclusive. */
export interface GoalPeriodOption {
  readonly periodKey: string;
  readonly start: string;
  readonly end: string;
}

/**
 * Where My goals opens when the period it was opened on holds none of the rep's goals, or null when no
 * period does. Looked for among the periods inside the one asked for (a year's quarters, months, weeks),
 * else among all: the one running today (the longest when several do, a year before its quarter), else the
 * one that started last, else (all still ahead) the one that starts first.
 */
export function periodToOpen(
  periods: readonly GoalPeriodOption[],
  asked: string,
  calendar: FiscalCalendar,
  today: string,
): string | null {
  const range = parsePeriodKey(asked, calendar);
  const inside = range
    ? periods.filter((p) => p.periodKey !== asked && p.start >= range.start && p.end <= range.end)
    : [];
  const pool = inside.length > 0 ? inside : periods;
  const longestFirst = (a: GoalPeriodOption, b: GoalPeriodOption) =>
    a.start.localeCompare(b.start) || b.end.localeCompare(a.end);
  const running = pool.filter((p) => p.start <= today && today < p.end).sort(longestFirst);
  if (running.length > 0) return running[0].periodKey;
  const started = pool
    .filter((p) => p.start <= today)
    .sort((a, b) => b.start.localeCompare(a.start) || b.end.localeCompare(a.end));
  if (started.length > 0) return started[0].periodKey;
  return [...pool].sort(longestFirst)[0]?.periodKey ?? null;
}
