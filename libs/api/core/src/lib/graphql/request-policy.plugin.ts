import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { principalOf } from '../auth/auth.guard';
import { PRINCIPAL_RESOLVER, type PrincipalResolver } from '../auth/principal';
import { Role } from '../auth/role';
import { AppError } from '../errors/app-error';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/database-unavailable';
import { ErrorCode } from '../errors/error-code';
import { MAX_QUERY_COST, queryCost, usesIntrospection } from './query-cost';
import { type AppRequest, type GraphQLContext } from './request-context';

/**
 * What the API checks about a GraphQL request once it is parsed and validated, before any resolver or
 * SQL runs: its cost (page sizes counted in) and whether it asks for the schema, which only admins may.
 * Callers who may not read the schema do not get field suggestions ("Did you mean ...") either.
 */
@Plugin()
export class RequestPolicyPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(@Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const principals = this.principals;
    const callerOf = (req: AppRequest | undefined) =>
      req ? principalOf(req, principals) : Promise.resolve(null);
    return {
      async didResolveOperation({ document, operation, request, schema, contextValue }) {
        if (usesIntrospection(document) && (await callerOf(contextValue.req))?.role !== Role.ADMIN) {
          const refusal = AppError.forbidden(
            'Reading the schema is for admins; see docs/api.md or schema.graphql',
          );
          throw new GraphQLError(refusal.message, {
            originalError: refusal,
            extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
          });
        }
        const cost = operation ? queryCost(schema, document, operation, request.variables ?? {}) : 0;
        if (cost > MAX_QUERY_COST) {
          throw new GraphQLError(
            `Query would cost ${cost}; the limit is ${MAX_QUERY_COST} (each field costs 1, times the page size above it): ask for smaller pages or fewer fields`,
            {
              extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
            },
          );
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
        if (
          response.body.singleResult.errors.some(
            (error) => error.extensions?.['code'] === ErrorCode.ServiceUnavailable,
          )
        ) {
          // A status clients and proxies know to retry, and when.
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        }
        const waits = response.body.singleResult.errors
          .filter((error) => error.extensions?.['code'] === ErrorCode.TooManyRequests)
          .map((error) => Number(error.extensions?.['retryAfterSeconds']))
          .filter((seconds) => Number.isFinite(seconds));
        if (waits.length) {
          // A throttle inside a resolver (failed sign-ins) answers like the rate limiter in front: 429, Retry-After.
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        }
        if ((await callerOf(contextValue.req))?.role === Role.ADMIN) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
          ...error,
          message: error.message.replace(/ Did you mean .*\?$/, ''),
        }));
      },
    };
  }
}
