import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { buildSchema, getNamedType, type GraphQLArgument, type GraphQLField, isLeafType } from 'graphql';

// The committed schema is checked against the code by `npm test`, so it lists every root field.
export const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../schema.graphql'), 'utf8'));

export type RootKind = 'Query' | 'Mutation';

/** Every query and mutation of the schema. */
export function rootFields(): { kind: RootKind; field: GraphQLField<unknown, unknown> }[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.values(type.getFields()).map((field) => ({ kind: type.name as RootKind, field })) : [],
  );
}

/** An operation calling one root field with the given arguments as variables, selecting as little as it can. */
export function operationFor(
  kind: RootKind,
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
): string {
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const keyword = kind === 'Mutation' ? 'mutation' : 'query';
  return `${keyword}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}
