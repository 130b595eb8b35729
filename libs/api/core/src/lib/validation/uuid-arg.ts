import { type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

import { AppError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an id written the way we issue them (a UUID). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) throw AppError.badInput(this.field, 'must be an id');
    return value;
  }
}

/** An `ID!` argument that must be one of our ids; anything else is BAD_USER_INPUT naming the argument. */
export const UuidArg = (name: string): ParameterDecorator =>
  Args(name, { type: () => ID }, new UuidPipe(name));
