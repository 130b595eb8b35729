import { type PipeTransform } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { DATE_RANGE, isPeriodKey, type PeriodType } from '@salesops/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

import { AppError } from '../errors/app-error';

const EXAMPLES: Record<PeriodType, string> = {
  YEAR: 'FY2017',
  QUARTER: 'FY2017-Q3',
  MONTH: '2017-03',
  WEEK: '2017-W09',
};
const ALL_TYPES: readonly PeriodType[] = ['YEAR', 'QUARTER', 'MONTH', 'WEEK'];

/** How a period key of the given types is written and which are supported, for the schema's descriptions. */
export function periodKeyDescription(types?: readonly PeriodType[]): string {
  const text = periodKeyText(types);
  return text[0].toUpperCase() + text.slice(1);
}

function periodKeyText(types: readonly PeriodType[] = ALL_TYPES): string {
  const [first, last] = [DATE_RANGE.min.slice(0, 4), DATE_RANGE.max.slice(0, 4)];
  if (types.length === 1 && types[0] === 'YEAR')
    return `a fiscal year such as FY2017, from FY${first} to FY${last}`;
  const examples = types.map((type) => EXAMPLES[type]);
  const shown =
    examples.length > 1 ? `${examples.slice(0, -1).join(', ')} or ${examples.at(-1)}` : examples[0];
  return `a period key such as ${shown}, of a year from ${first} to ${last}`;
}

/** A period key the fiscal calendar can read (the rule of @salesops/domain), optionally of some types only. */
export function IsPeriodKey(types?: readonly PeriodType[], options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isPeriodKey',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: `must be ${periodKeyText(types)}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isPeriodKey(value, types) },
    });
}

class PeriodKeyPipe implements PipeTransform<unknown, string> {
  constructor(
    private readonly field: string,
    private readonly types?: readonly PeriodType[],
  ) {}

  transform(value: unknown): string {
    const key = typeof value === 'string' ? value.trim() : '';
    if (!isPeriodKey(key, this.types))
      throw AppError.badInput(this.field, `must be ${periodKeyText(this.types)}`);
    return key;
  }
}

/** A `String!` period key argument, trimmed; anything else is BAD_USER_INPUT naming the argument. */
export const PeriodKeyArg = (name: string, types?: readonly PeriodType[]): ParameterDecorator =>
  Args(name, { description: periodKeyDescription(types) }, new PeriodKeyPipe(name, types));
