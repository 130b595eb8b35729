import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/** Where an object returned by a resolver keeps the values its own statement already read for fields. */
const PRELOADED = Symbol('preloaded');

/** An object that may carry preloaded field values (see `withPreloaded`). */
export interface MayBePreloaded {
  [PRELOADED]?: Readonly<Record<string, unknown>>;
}

/**
 * `node` carrying `values` for fields that have their own resolver (e.g. a rep's `team`, read by the list's
 * join): those fields answer these values as they are, without calling the resolver. Kept under a symbol,
 * not enumerable: out of every other field, of copies and of JSON.
 */
export function withPreloaded<T extends object>(node: T, values: Readonly<Record<string, unknown>>): T {
  return Object.defineProperty(node, PRELOADED, { value: values, enumerable: false });
}

/** The value preloaded on `node` for `field`, or undefined. */
export function preloadedValue(node: unknown, field: string): unknown {
  const values = (node as MayBePreloaded | null | undefined)?.[PRELOADED];
  return values && Object.prototype.hasOwnProperty.call(values, field) ? values[field] : undefined;
}

/**
 * Wraps every field resolver of the schema so a value preloaded on the parent (`withPreloaded`) is answered
 * directly. A field resolver otherwise goes through Nest's per-call pipeline (parameter factories, pipes, an
 * interceptor chain); for a field on each row of a page that was most of the GraphQL execution's CPU
 * (decision 0027). No guard or interceptor runs on field resolvers here anyway (Nest's default
 * `fieldResolverEnhancers: []`): the root field that read the rows has already applied the caller's scope.
 * Applied as the GraphQL module's `transformSchema`; returns the same schema.
 */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const name = field.name;
      const answered: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const value = preloadedValue(source, name);
        return value === undefined ? resolve(source, args, context, info) : value;
      };
      field.resolve = answered;
    }
  }
  return schema;
}
