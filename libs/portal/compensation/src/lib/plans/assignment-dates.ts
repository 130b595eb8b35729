import { isCalendarDate } from '@salesops/domain';

/**
 * What is wrong with an assignment's dates, as a message key's last part, or null: a first day written
 * YYYY-MM-DD and, if given, a day after the last that comes after it.
 */
export function assignmentProblem(from: string, to: string): 'assignDates' | 'assignOrder' | null {
  const first = from.trim();
  const end = to.trim();
  if (!isCalendarDate(first) || (end !== '' && !isCalendarDate(end))) return 'assignDates';
  return end !== '' && end <= first ? 'assignOrder' : null;
}
