import { type Response } from 'express';

import { type ErrorCode } from '../errors/error-code';
import { type AppRequest } from '../graphql/request-context';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** A refusal made by HTTP middleware, before GraphQL or a controller sees the request. */
export interface RouteRefusal {
  message: string;
  code: ErrorCode;
  /** The part of the request at fault (a header, `body`), when there is one. */
  field?: string;
  retryAfterSeconds?: number;
}

/**
 * Answers a refusal in the shape of the route: a GraphQL error (`extensions.code`, `field`) for
 * /graphql, in the media type the caller accepts; `{ error: { code, message, ... } }` for REST routes,
 * as `AppErrorFilter` answers them.
 */
export function refuseInRouteShape(
  req: AppRequest,
  res: Response,
  status: number,
  refusal: RouteRefusal,
): void {
  const { message, code, field, retryAfterSeconds } = refusal;
  const fieldErrors = field ? [{ field, message }] : undefined;
  res.status(status);
  if (req.originalUrl.startsWith('/graphql')) {
    const accept = req.headers.accept ?? '';
    res.setHeader(
      'Content-Type',
      `${accept.includes(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : 'application/json'}; charset=utf-8`,
    );
    res.end(
      JSON.stringify({ errors: [{ message, extensions: { code, field, fieldErrors, retryAfterSeconds } }] }),
    );
  } else {
    res.json({ error: { code, message, fieldErrors, retryAfterSeconds } });
  }
}
