import { ErrorCode, type FieldError } from './error-code';

/**
 * The one error type services throw. The GraphQL layer turns it into `extensions.code`
 * (and, for bad input, `extensions.field` and `extensions.fieldErrors`).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** TOO_MANY_REQUESTS: seconds to wait; sent as `extensions.retryAfterSeconds` and `Retry-After` (HTTP 429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(field: string, message: string): AppError {
    return new AppError(ErrorCode.BadUserInput, message, [{ field, message }]);
  }

  static invalidFields(fieldErrors: FieldError[]): AppError {
    const first = fieldErrors[0];
    return new AppError(
      ErrorCode.BadUserInput,
      first ? `${first.field}: ${first.message}` : 'Invalid input',
      fieldErrors,
    );
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }

  static unauthenticated(message = 'Sign in first'): AppError {
    return new AppError(ErrorCode.Unauthenticated, message);
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError(ErrorCode.Conflict, message, field ? [{ field, message }] : []);
  }
}
