import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Kind } from 'graphql';

import { DateTimeScalar } from './date-time.scalar';
import { IsCalendarDate, IsDateTime } from './dates';
import { IsPeriodKey, periodKeyDescription } from './period-key';

class Probe {
  @IsCalendarDate() day!: string;
  @IsDateTime() at!: Date;
  @IsPeriodKey() period!: string;
  @IsPeriodKey(['YEAR']) year!: string;
}

const valid = {
  day: '2016-02-29',
  at: DateTimeScalar.parseValue('2999-12-31T23:59:59Z'),
  period: '1900-W01',
  year: 'FY2999',
};
const refused = (change: Partial<Record<keyof Probe, unknown>>) =>
  validateSync(plainToInstance(Probe, { ...valid, ...change })).map((error) => error.property);

describe('date and period validators', () => {
  it('should accept the ends of the range and leap days', () => {
    expect(refused({})).toEqual([]);
  });

  it.each([
    [{ day: '2017-02-29' }, 'day'],
    [{ day: '3000-01-01' }, 'day'],
    [{ at: DateTimeScalar.parseValue('2017-02-30T00:00:00Z') }, 'at'],
    [{ at: DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '1899-12-31T23:59:59Z' }) }, 'at'],
    [{ at: new Date('0000-01-01T00:00:00Z') }, 'at'],
    [{ period: '9999-12' }, 'period'],
    [{ year: 'FY2017-Q1' }, 'year'],
  ])('should refuse %o naming %s', (change, field) => {
    expect(refused(change)).toEqual([field]);
  });

  it('should read a supported DateTime and turn anything else into an Invalid Date', () => {
    expect((DateTimeScalar.parseValue('2017-03-01T09:00:00+01:00') as Date).toISOString()).toBe(
      '2017-03-01T08:00:00.000Z',
    );
    expect(Number.isNaN((DateTimeScalar.parseValue(1488358800000) as Date).getTime())).toBe(true);
    expect(
      Number.isNaN((DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '5' }) as Date).getTime()),
    ).toBe(true);
  });

  it('should say the supported years in descriptions', () => {
    expect(periodKeyDescription()).toBe(
      'A period key such as FY2017, FY2017-Q3, 2017-03 or 2017-W09, of a year from 1900 to 2999',
    );
    expect(periodKeyDescription(['YEAR'])).toBe('A fiscal year such as FY2017, from FY1900 to FY2999');
  });
});
