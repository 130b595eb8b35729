import { convertPeriodKey, periodTypeOf, shiftPeriodKey } from './period-key';

describe('periodTypeOf', () => {
  it('should read the type of each kind of key when it is well formed', () => {
    expect(periodTypeOf('FY2017')).toBe('YEAR');
    expect(periodTypeOf('FY2017-Q3')).toBe('QUARTER');
    expect(periodTypeOf(' 2017-03 ')).toBe('MONTH');
    expect(periodTypeOf('2017-W09')).toBe('WEEK');
  });

  it('should refuse keys that are not periods', () => {
    for (const key of ['FY17', 'FY2017-Q5', '2017-13', '2017-W54', '2017-W53', '']) {
      expect(periodTypeOf(key)).toBeNull();
    }
  });
});

describe('shiftPeriodKey', () => {
  it('should step across year ends when moving by quarters and months', () => {
    expect(shiftPeriodKey('FY2017-Q4', 1)).toBe('FY2018-Q1');
    expect(shiftPeriodKey('FY2017-Q1', -1)).toBe('FY2016-Q4');
    expect(shiftPeriodKey('2017-12', 1)).toBe('2018-01');
    expect(shiftPeriodKey('2017-01', -13)).toBe('2015-12');
    expect(shiftPeriodKey('FY2017', -1)).toBe('FY2016');
  });

  it('should follow ISO weeks when the year has 53 of them', () => {
    expect(shiftPeriodKey('2015-W52', 1)).toBe('2015-W53');
    expect(shiftPeriodKey('2015-W53', 1)).toBe('2016-W01');
    expect(shiftPeriodKey('2016-W52', 1)).toBe('2017-W01');
    expect(shiftPeriodKey('2016-W01', -1)).toBe('2015-W53');
    expect(shiftPeriodKey('2017-W01', -1)).toBe('2016-W52');
  });

  it('should give null when the key is not a period', () => {
    expect(shiftPeriodKey('next quarter', 1)).toBeNull();
  });
});

describe('convertPeriodKey', () => {
  it('should keep the year when the type changes', () => {
    expect(convertPeriodKey('FY2016', 'QUARTER')).toBe('FY2016-Q1');
    expect(convertPeriodKey('FY2017-Q3', 'MONTH')).toBe('2017-01');
    expect(convertPeriodKey('2017-W09', 'YEAR')).toBe('FY2017');
    expect(convertPeriodKey('2017-03', 'MONTH')).toBe('2017-03');
  });

  it('should fall back to the example when the key has no year', () => {
    expect(convertPeriodKey('', 'WEEK')).toBe('2017-W09');
  });
});
