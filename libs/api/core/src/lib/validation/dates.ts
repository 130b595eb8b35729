import { DATE_RANGE, isCalendarDate, parseDateTime } from '@salesops/domain';
import { Type } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** How a date argument is written and which days are supported, for the schema's descriptions. */
export const DATE_FORMAT_TEXT = `YYYY-MM-DD from ${DATE_RANGE.min} to ${DATE_RANGE.max}`;

/** The same for a DateTime: the DateTime scalar's description and IsDateTime's message. */
export const DATE_TIME_FORMAT_TEXT =
  `ISO 8601 with Z or an offset, such as 2019-12-03T09:54:33Z, on a real day from ${DATE_RANGE.min} ` +
  `to ${DATE_RANGE.max}`;

/** A real calendar day written YYYY-MM-DD within DATE_RANGE (the rule of @salesops/domain). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: `must be a real date written ${DATE_FORMAT_TEXT}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}

/**
 * A DateTime field. The DateTime scalar turns text that is no supported date and time into an
 * Invalid Date, which this refuses naming the field.
 */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  const toDate = Type(() => Date);
  return (target, propertyKey) => {
    toDate(target, propertyKey);
    registerDecorator({
      name: 'isDateTime',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: `must be a date and time in ${DATE_TIME_FORMAT_TEXT}`, ...options },
      validator: { validate: (value: unknown) => value instanceof Date && isSupportedInstant(value) },
    });
  };
}

function isSupportedInstant(value: Date): boolean {
  return !Number.isNaN(value.getTime()) && parseDateTime(value.toISOString()) !== null;
}
