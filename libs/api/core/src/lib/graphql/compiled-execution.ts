import { type ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

import { usesIntrospection } from './query-cost';

// Apollo's gateway types, named through @apollo/server (their own package is only its dependency).
type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

/** A document's operation: how often it was seen, then its compiled form, or `never` for graphql-js for good. */
interface Entry {
  seen: number;
  compiled?: CompiledQuery | 'never';
}

/**
 * Executes GraphQL queries with code generated for each document (graphql-jit) instead of graphql-js's
 * interpreter, which walks the document again for every row of every request (decision 0037).
 *
 * Only queries are compiled. Mutations (one per request, where the work is the transaction, not the
 * walk), introspection (GraphiQL, admins only) and a document until it has been seen `compileAfter`
 * times run in graphql-js as before: a document seen once costs no code generation, so a flood of
 * distinct documents costs what it cost before. Documents are the ones Apollo keeps parsed and
 * validated (its LRU document store hands the same object back for the same text), held weakly here, so
 * a compiled query goes when Apollo forgets its document. `compileAfter` 0: never compile.
 *
 * Apollo runs every plugin hook and formats every error the same way for either path; only the
 * execution itself differs. graphql-jit follows the spec's execution (null bubbling, error paths, leaf
 * serialisation through each scalar's `serialize`); the API's whole test suite runs with
 * `compileAfter` 1, so every query the tests send runs compiled.
 */
export class CompiledExecution {
  private readonly entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  private schema: GraphQLSchema | undefined;
  private readonly listeners = new Set<SchemaListener>();

  /** Operations compiled so far, for the specs and the benchmark's log. */
  compiledCount = 0;

  constructor(private readonly compileAfter: number) {}

  /**
   * Apollo's hook for a server whose executor is not its own: the schema comes from `useSchema` (Nest's
   * `transformSchema`, which runs before Apollo starts) and every operation comes to `execute`.
   */
  readonly gateway: Gateway = {
    onSchemaLoadOrUpdate: (callback) => {
      this.listeners.add(callback);
      return () => this.listeners.delete(callback);
    },
    load: async () => {
      const apiSchema = this.requireSchema();
      for (const listener of this.listeners) listener({ apiSchema, coreSupergraphSdl: '' });
      return { executor: (request) => this.execute(request) };
    },
    stop: async () => {
      this.listeners.clear();
    },
  };

  /** Takes the schema Apollo will serve and gives it back unchanged. */
  useSchema(schema: GraphQLSchema): GraphQLSchema {
    this.schema = schema;
    return schema;
  }

  async execute(request: ExecutorRequest): Promise<ExecutionResult> {
    const schema = this.requireSchema();
    const { document, operation, context } = request;
    const variables = request.request.variables;
    const compiled = operation.operation === 'query' ? this.compiledFor(schema, document, request) : null;
    if (compiled) {
      // Variables are checked by graphql-js first, as its execute does, so a refused one is refused in its
      // words (and Apollo answers 400); graphql-jit then coerces the same values for its own code.
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
        maxErrors: 50,
      });
      if (coerced.errors) return { errors: coerced.errors };
      return asGraphQLJsErrors(await compiled.query(undefined, context, variables));
    }
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues: variables,
      operationName: request.operationName,
    });
  }

  private compiledFor(
    schema: GraphQLSchema,
    document: DocumentNode,
    request: ExecutorRequest,
  ): CompiledQuery | null {
    if (this.compileAfter === 0) return null;
    let byOperation = this.entries.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.entries.set(document, byOperation);
    }
    const key = request.operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      entry = { seen: 0 };
      byOperation.set(key, entry);
    }
    if (entry.compiled) return entry.compiled === 'never' ? null : entry.compiled;
    entry.seen += 1;
    if (entry.seen < this.compileAfter) return null;
    if (usesIntrospection(document)) {
      entry.compiled = 'never';
      return null;
    }
    const result = compileQuery(schema, document, request.operationName ?? undefined, {
      // No stack captured for each error: formatGraphQLError logs the original error's own.
      disablingCapturingStackErrors: true,
    });
    // What graphql-jit will not compile (validation has already refused what is invalid) stays with graphql-js.
    if (!isCompiledQuery(result)) {
      entry.compiled = 'never';
      return null;
    }
    entry.compiled = result;
    this.compiledCount += 1;
    return result;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution.useSchema was not given the schema');
    return this.schema;
  }
}

/**
 * graphql-jit's errors are its own objects (GraphQLError's prototype without its constructor: no
 * `extensions` object when the resolver's error has none, which Apollo's formatting reads): each becomes
 * the GraphQLError graphql-js would have made, with the same message, locations, path and original error.
 */
function asGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const same = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
    // graphql-js computes locations from the nodes and source, which graphql-jit has already turned into these.
    (same as { locations: GraphQLError['locations'] }).locations = error.locations;
    return same;
  });
  return { ...result, errors };
}
