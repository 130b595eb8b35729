import { type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { isCalendarDate } from '@salesops/domain';

// The API's limits (libs/api/pipeline/src/lib/routing/routing.dto.ts), mirrored so the form says so first.
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
export const CAPACITY_MIN = 0;
export const CAPACITY_MAX = 100_000;
export const REASON_MAX = 200;

const WHOLE = /^\d+$/;

/** A whole number typed as text ("12", " 3 "); null for anything else, including "", "1.5", "-1", "1e3". */
export function parseWholeNumber(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  return WHOLE.test(trimmed) ? Number(trimmed) : null;
}

/**
 * A whole number between min and max. Empty passes when `optional` (for "no cap"), else it is
 * `required`; other text is `wholeNumber`; out of range is `range`.
 */
export function wholeNumberValidator(min: number, max: number, optional = false): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (text === '') return optional ? null : { required: true };
    const value = parseWholeNumber(text);
    if (value === null) return { wholeNumber: true };
    return value < min || value > max ? { range: { min, max } } : null;
  };
}

/** A real calendar date, YYYY-MM-DD (what `<input type="date">` gives); empty is `required`. */
export const calendarDateValidator: ValidatorFn = (control) => {
  const text = String(control.value ?? '');
  if (text === '') return { required: true };
  return isCalendarDate(text) ? null : { date: true };
};

/** On the group: the last day must not come before the first (the API's check, told sooner). */
export function dateOrderValidator(startKey: string, endKey: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const start = String(group.get(startKey)?.value ?? '');
    const end = String(group.get(endKey)?.value ?? '');
    if (!isCalendarDate(start) || !isCalendarDate(end)) return null;
    return end < start ? { endBeforeStart: true } : null;
  };
}
