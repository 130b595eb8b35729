import { FormControl, FormGroup } from '@angular/forms';

import {
  calendarDateValidator,
  CAPACITY_MAX,
  dateOrderValidator,
  parseWholeNumber,
  WEIGHT_MAX,
  wholeNumberValidator,
} from './routing-form';

describe('parseWholeNumber', () => {
  it('should read digits only, trimmed', () => {
    expect(parseWholeNumber('12')).toBe(12);
    expect(parseWholeNumber(' 0 ')).toBe(0);
  });

  it('should refuse decimals, signs, exponents and empty text', () => {
    for (const text of ['', '1.5', '-1', '+2', '1e3', 'abc', null, undefined]) {
      expect(parseWholeNumber(text)).toBeNull();
    }
  });
});

describe('wholeNumberValidator', () => {
  const errorsOf = (value: string, optional = false) =>
    new FormControl(value, { validators: [wholeNumberValidator(0, WEIGHT_MAX, optional)] }).errors;

  it('should accept the API range for the weight, 0 to 100', () => {
    expect(errorsOf('0')).toBeNull();
    expect(errorsOf('100')).toBeNull();
    expect(errorsOf('101')).toEqual({ range: { min: 0, max: 100 } });
  });

  it('should ask for a whole number and require a value unless optional', () => {
    expect(errorsOf('2.5')).toEqual({ wholeNumber: true });
    expect(errorsOf('-1')).toEqual({ wholeNumber: true });
    expect(errorsOf('')).toEqual({ required: true });
    expect(errorsOf('', true)).toBeNull();
  });

  it('should mirror the capacity limit of the API', () => {
    const capacity = wholeNumberValidator(0, CAPACITY_MAX, true);
    expect(capacity(new FormControl('100000'))).toBeNull();
    expect(capacity(new FormControl('100001'))).toEqual({ range: { min: 0, max: 100000 } });
  });
});

describe('absence dates', () => {
  it('should want a real calendar date', () => {
    expect(calendarDateValidator(new FormControl('2025-02-28'))).toBeNull();
    expect(calendarDateValidator(new FormControl('2025-02-30'))).toEqual({ date: true });
    expect(calendarDateValidator(new FormControl(''))).toEqual({ required: true });
  });

  it('should let the last day equal the first but not come before it', () => {
    const group = (start: string, end: string) =>
      new FormGroup(
        { start: new FormControl(start), end: new FormControl(end) },
        { validators: [dateOrderValidator('start', 'end')] },
      );
    expect(group('2025-03-10', '2025-03-10').errors).toBeNull();
    expect(group('2025-03-10', '2025-03-09').errors).toEqual({ endBeforeStart: true });
    expect(group('2025-03-10', '').errors).toBeNull();
  });
});
