import { isCalendarDate } from '../calendar-date';
import { daysBetween } from '../period';
import { type PlanRules } from './plan-rules';
import { type MeasureInput, type StatementSegment } from './statement';

/** A count or an amount in minor units: a non-negative integer of at most 18 digits. */
const WHOLE = /^(0|[1-9]\d{0,17})$/;

/**
 * Checks that the segments describe one pay period the engine can pay, and returns each segment's
 * rules. A failure is the caller's bug, not the rep's, so it throws (RangeError) rather than reporting.
 */
export function checkSegments(
  rulesByVersion: Readonly<Record<string, PlanRules>>,
  segments: readonly StatementSegment[],
): PlanRules[] {
  if (segments.length === 0) throw new RangeError('A statement needs at least one segment');
  const { periodDays } = segments[0];
  const currency = rulesByVersion[segments[0].rulesVersionId]?.currency;
  let previousEnd = '';
  let totalDays = 0;
  return segments.map((segment, index) => {
    const at = `Segment ${index} (${segment.fromDate} to ${segment.toDate})`;
    if (!Object.hasOwn(rulesByVersion, segment.rulesVersionId)) {
      throw new RangeError(`${at} uses rules version ${segment.rulesVersionId}, which was not given`);
    }
    const rules = rulesByVersion[segment.rulesVersionId];
    if (rules.currency !== currency) throw new RangeError(`${at} pays in ${rules.currency}, not ${currency}`);
    if (
      !isCalendarDate(segment.fromDate) ||
      !isCalendarDate(segment.toDate) ||
      segment.fromDate < previousEnd
    ) {
      throw new RangeError(`${at} must have dates in order that do not overlap the previous segment`);
    }
    const days = daysBetween(segment.fromDate, segment.toDate);
    totalDays += days;
    if (
      !Number.isInteger(periodDays) ||
      segment.periodDays !== periodDays ||
      days !== segment.days ||
      days < 1
    ) {
      throw new RangeError(`${at} must say its ${days} days and the same period days as the others`);
    }
    if (totalDays > periodDays) {
      throw new RangeError(`${at} takes the segments past the ${periodDays} days of the period`);
    }
    previousEnd = segment.toDate;
    const inputs = [...Object.entries(segment.measures), ['teamBonus', segment.teamBonus] as const];
    for (const [key, input] of inputs) checkInput(`${at}, ${key}`, input);
    return rules;
  });
}

function checkInput(at: string, input: MeasureInput | undefined): void {
  if (input === undefined) return;
  if (!WHOLE.test(input.actual) || !WHOLE.test(input.target)) {
    throw new RangeError(
      `${at}: actual and target must be whole numbers of at most 18 digits, written as text`,
    );
  }
}
