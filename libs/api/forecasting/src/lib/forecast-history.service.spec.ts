import { AppConfig, AppError } from '@salesops/api/core';
import { type DataSource } from 'typeorm';

import { ForecastHistoryService, type Histories, knownOf } from './forecast-history.service';

const service = (startMonth = 1) =>
  new ForecastHistoryService(
    {} as DataSource,
    new AppConfig({ FISCAL_YEAR_START_MONTH: String(startMonth) }),
  );

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.fieldErrors[0]?.field : 'not an AppError';
  }
  return undefined;
}

describe('ForecastHistoryService.window', () => {
  it('should forecast the months of the period from the month of asOf on', () => {
    expect(service().window('FY2017-Q4', '2017-10-01')).toMatchObject({
      asOfMonth: '2017-10-01',
      skip: 0,
      length: 3,
    });
    expect(service().window('FY2017', '2017-07-15')).toMatchObject({
      asOfMonth: '2017-07-01',
      skip: 0,
      length: 6,
    });
    expect(service().window('FY2018', '2017-11-01')).toMatchObject({ skip: 2, length: 12 });
  });

  it('should follow the fiscal calendar when the year starts in another month', () => {
    expect(service(7).window('FY2018', '2017-06-10').period).toMatchObject({
      start: '2017-07-01',
      end: '2018-07-01',
    });
  });

  it('should refuse weeks, periods over by asOf and periods beyond 24 months, naming the period', () => {
    expect(fieldOf(() => service().window('2017-W09', '2017-01-01'))).toBe('period');
    expect(fieldOf(() => service().window('FY2016', '2017-01-01'))).toBe('period');
    expect(fieldOf(() => service().window('FY2019', '2017-01-01'))).toBe('period');
    expect(fieldOf(() => service().window('FY2018', '2017-01-01'))).toBeUndefined();
  });

  it('should take asOf as today when omitted or null, and refuse a day after today', () => {
    expect(service().asOf(undefined, '2026-12-05')).toBe('2026-12-05');
    expect(service().asOf(null, '2026-12-05')).toBe('2026-12-05');
    expect(service().asOf('2017-04-01', '2026-12-05')).toBe('2017-04-01');
    expect(fieldOf(() => service().asOf('2026-12-06', '2026-12-05'))).toBe('asOf');
  });
});

describe('knownOf', () => {
  const histories: Histories = {
    start: '2017-03-01',
    months: 4,
    series: new Map([['a', [1, 2, 3, 4]]]),
    partial: new Map([['a', 10]]),
  };

  it("should add the period's complete months and the month of asOf so far", () => {
    const window = service().window('FY2017', '2017-07-20');
    expect(knownOf(histories, 'a', window)).toEqual({ fullMonths: 10, toDate: 20 });
    const june: Histories = {
      start: '2017-03-01',
      months: 3,
      series: new Map([['a', [1, 2, 3]]]),
      partial: new Map([['a', 10]]),
    };
    expect(knownOf(june, 'a', service().window('FY2017-Q2', '2017-06-10'))).toEqual({
      fullMonths: 5,
      toDate: 15,
    });
  });

  it('should know nothing of a period that starts after asOf, or of a subject that never won', () => {
    expect(knownOf(histories, 'a', service().window('FY2017-Q4', '2017-07-20'))).toEqual({
      fullMonths: 0,
      toDate: 0,
    });
    expect(knownOf(histories, 'b', service().window('FY2017', '2017-07-20'))).toEqual({
      fullMonths: 0,
      toDate: 0,
    });
  });
});
