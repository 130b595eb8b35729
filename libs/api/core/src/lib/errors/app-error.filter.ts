import { type ArgumentsHost, Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { type Response } from 'express';

import { AppError } from './app-error';
import { ErrorCode } from './error-code';

/** The HTTP status that goes with each code, for REST answers and GraphQL refusals made before execution. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.Internal]: 500,
};

/**
 * Expected errors: in GraphQL they pass to the error formatter (which adds the code) without Nest
 * logging them as crashes; on plain HTTP routes they become `{ error: { code, message, fieldErrors } }`
 * with the matching status.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() === 'graphql') return error;
    const response = host.switchToHttp().getResponse<Response>();
    const { retryAfterSeconds } = error;
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(HTTP_STATUS[error.code]).json({
      error: {
        code: error.code,
        message: error.message,
        ...(error.fieldErrors.length ? { fieldErrors: error.fieldErrors } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      },
    });
  }
}
