import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** A flat object of string values, e.g. {"Closed Won": "Won"}; anything else is refused. */
export const GraphQLStringMap = new GraphQLScalarType({
  name: 'StringMap',
  description: 'An object whose values are strings, e.g. {"Closed Won": "Won"}',
  parseValue: (value: unknown) => checkStringMap(value),
  serialize: (value: unknown) => checkStringMap(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError('StringMap must be an object');
    return checkStringMap(
      Object.fromEntries(
        ast.fields.map((field) => [
          field.name.value,
          field.value.kind === Kind.STRING ? field.value.value : null,
        ]),
      ),
    );
  },
});

function checkStringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new GraphQLError('StringMap must be an object');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 100) throw new GraphQLError('StringMap may hold at most 100 entries');
  for (const [key, entry] of entries) {
    if (typeof entry !== 'string' || key.length > 100 || entry.length > 100) {
      throw new GraphQLError('StringMap values must be strings of at most 100 characters');
    }
  }
  return value as Record<string, string>;
}
