import { json, type NextFunction, type Response } from 'express';

import { ErrorCode } from '../errors/error-code';
import { type AppRequest } from '../graphql/request-context';
import { refuseInRouteShape } from './route-refusal';

/** What body-parser attaches to the errors it raises for a bad request body. */
interface BodyError {
  type?: string;
  status?: number;
}

/**
 * Parses JSON request bodies up to `limitBytes`. A body that is too large, not JSON, or in an
 * encoding that cannot be read is answered as a coded BAD_USER_INPUT error naming `body`, with the
 * HTTP status body-parser chose (413, 400, 415), in the route's own shape: never Nest's uncoded
 * default answer, and not logged as a crash.
 */
export function jsonBodyMiddleware(limitBytes: number) {
  const parse = json({ limit: limitBytes });
  return (req: AppRequest, res: Response, next: NextFunction): void => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const { type, status } = error as BodyError;
      if (!status || status < 400 || status >= 500) return next(error);
      refuseInRouteShape(req, res, status, {
        code: ErrorCode.BadUserInput,
        field: 'body',
        message: bodyErrorMessage(type, limitBytes, error),
      });
    });
  };
}

function bodyErrorMessage(type: string | undefined, limitBytes: number, error: unknown): string {
  switch (type) {
    case 'entity.too.large':
      return `The request body is larger than the ${(limitBytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB allowed`;
    case 'entity.parse.failed':
      return `The request body is not valid JSON (${(error as Error).message})`;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return `The request body's encoding cannot be read: send UTF-8 JSON (${(error as Error).message})`;
    default:
      return `The request body could not be read (${(error as Error).message})`;
  }
}
