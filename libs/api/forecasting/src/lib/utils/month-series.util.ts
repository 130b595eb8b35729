/** The first of the month `months` after the month of `date` (YYYY-MM-DD in, YYYY-MM-01 out). */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The first of the month of `date`. */
export const monthOf = (date: string): string => addMonths(date, 0);

/** Whole months from the month of `from` to the month of `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return index(to) - index(from);
}

/**
 * A dense monthly series from sparse rows: one value per month from `start` for `length` months, 0 where
 * no row names the month (a month without a win is a real zero, not a gap).
 */
export function denseSeries(
  rows: readonly { month: string; value: number }[],
  start: string,
  length: number,
): number[] {
  const series = Array.from({ length }, () => 0);
  for (const row of rows) {
    const at = monthsBetween(start, row.month);
    if (at >= 0 && at < length) series[at] += row.value;
  }
  return series;
}
