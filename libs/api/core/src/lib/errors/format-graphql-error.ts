import { HttpException } from '@nestjs/common';
import { type GraphQLFormattedError } from 'graphql';

import { AppError } from './app-error';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode } from './error-code';
import { lockedByDatabase } from './locked-by-database';

const GRAPHQL_LAYER_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

type Logger = (message: string, error: unknown) => void;

/**
 * Maps every error to a coded, stack-free answer. Errors we raised say what went wrong;
 * anything unexpected becomes INTERNAL_SERVER_ERROR with a generic message and is logged here.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const original = originalError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: appErrorExtensions(original) };
  }
  // A lock trigger's refusal that no service named a field for: still a CONFLICT with the trigger's words.
  const locked = lockedByDatabase(original);
  if (locked) return { ...base, message: locked, extensions: { code: ErrorCode.Conflict } };
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code = httpStatusCode(status);
    if (code !== ErrorCode.Internal) return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && GRAPHQL_LAYER_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  // Not a fault of the request or the code: the client should retry (the query logger reports the outage).
  if (isDatabaseUnavailable(original ?? error)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  log('Unexpected error while answering a GraphQL request', original ?? error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}

function appErrorExtensions(error: AppError): Record<string, unknown> {
  if (error.retryAfterSeconds !== undefined)
    return { code: error.code, retryAfterSeconds: error.retryAfterSeconds };
  if (error.code !== ErrorCode.BadUserInput && error.fieldErrors.length === 0) return { code: error.code };
  return { code: error.code, field: error.fieldErrors[0]?.field, fieldErrors: error.fieldErrors };
}

function originalError(error: unknown): unknown {
  let current = error;
  // GraphQLError wraps what the resolver threw in originalError, sometimes twice.
  for (let i = 0; i < 3 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

function httpStatusCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return ErrorCode.BadUserInput;
    case 401:
      return ErrorCode.Unauthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
      return ErrorCode.NotFound;
    case 409:
      return ErrorCode.Conflict;
    case 429:
      return ErrorCode.TooManyRequests;
    default:
      return ErrorCode.Internal;
  }
}
