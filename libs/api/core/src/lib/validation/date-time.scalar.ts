import { type ScalarsTypeMap } from '@nestjs/graphql';
import { parseDateTime } from '@salesops/domain';
import { GraphQLScalarType, Kind } from 'graphql';

import { DATE_TIME_FORMAT_TEXT } from './dates';

// Text that is no supported date and time becomes an Invalid Date rather than an error here, so the
// input's IsDateTime refuses it as BAD_USER_INPUT naming the field, from variables and literals alike.
const INVALID = (): Date => new Date(Number.NaN);

/** Nest's DateTime, but strict: 2017-02-30T00:00:00Z is refused instead of read as 2017-03-02. */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description: `A date and time in ${DATE_TIME_FORMAT_TEXT}`,
  parseValue: (value) => (typeof value === 'string' && parseDateTime(value)) || INVALID(),
  parseLiteral: (ast) => (ast.kind === Kind.STRING && parseDateTime(ast.value)) || INVALID(),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});

/** Give to the schema builder (`buildSchemaOptions.scalarsMap`) so every `Date` field uses it. */
export const SCALARS_MAP: ScalarsTypeMap[] = [{ type: Date, scalar: DateTimeScalar }];
