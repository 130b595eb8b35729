import { addMonths, denseSeries, monthOf, monthsBetween } from './month-series.util';

describe('month series', () => {
  it('should step months across year ends when adding or counting months', () => {
    expect(addMonths('2017-11-15', 2)).toBe('2018-01-01');
    expect(addMonths('2017-01-31', -1)).toBe('2016-12-01');
    expect(monthOf('2017-04-30')).toBe('2017-04-01');
    expect(monthsBetween('2016-10-01', '2017-12-31')).toBe(14);
    expect(monthsBetween('2017-03-01', '2017-01-01')).toBe(-2);
  });

  it('should fill months without a row with 0 and drop rows outside the window when densifying', () => {
    const rows = [
      { month: '2017-03-01', value: 5 },
      { month: '2017-05-01', value: 7 },
      { month: '2017-09-01', value: 9 },
    ];
    expect(denseSeries(rows, '2017-03-01', 4)).toEqual([5, 0, 7, 0]);
  });
});
