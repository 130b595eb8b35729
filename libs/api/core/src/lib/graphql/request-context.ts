import { type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Request } from 'express';

import { type Principal } from '../auth/principal';
import { type IdempotencyClaim } from '../idempotency/idempotency';

export type AppRequest = Request & {
  principal?: Principal;
  requestCache?: Map<string | symbol, unknown>;
  /** Set for a mutation sent with an Idempotency-Key that has not been seen before. */
  idempotency?: IdempotencyClaim;
};

export interface GraphQLContext {
  req: AppRequest;
}

/** The HTTP request behind a GraphQL or REST call. */
export function requestOf(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}

/** A value kept for the lifetime of one request (DataLoaders, the caller's visible scope). */
export function requestScoped<T>(req: AppRequest, key: string | symbol, create: () => T): T {
  req.requestCache ??= new Map();
  if (!req.requestCache.has(key)) req.requestCache.set(key, create());
  return req.requestCache.get(key) as T;
}
