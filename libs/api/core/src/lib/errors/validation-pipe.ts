import { type ValidationError, ValidationPipe } from '@nestjs/common';

import { AppError } from './app-error';
import { type FieldError } from './error-code';

/** Flattens class-validator's tree into `field -> message`, nested fields as `parent.child`. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own.slice(0, 1), ...toFieldErrors(error.children ?? [], field)];
  });
}

/** The input validation every resolver argument goes through. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => AppError.invalidFields(toFieldErrors(errors)),
  });
}
