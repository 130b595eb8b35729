import { type ValidationError, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { type ValidatorOptions } from 'class-validator';

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

/** Arguments longer than this as JSON are validated every time (bulk inputs: rare, and costly to key). */
const MAX_KEY_LENGTH = 2_000;
/** How many passing arguments are remembered; the memory is emptied when it is full. */
const MAX_REMEMBERED = 2_000;

/** JSON of an argument object, a Date as its instant (so an invalid one is not `null`'s twin). */
function keyOf(object: object): string | undefined {
  try {
    return JSON.stringify(object, function (this: Record<string, unknown>, key: string, value: unknown) {
      const raw = key === '' ? value : this[key];
      return raw instanceof Date ? `\u0000date:${raw.getTime()}` : value;
    });
  } catch {
    return undefined; // a BigInt or a cycle: not remembered
  }
}

/**
 * Nest's ValidationPipe, remembering which arguments passed: the same list query asks with the same
 * arguments again and again, and class-validator walked its metadata for each (about 3 % of a reps page's
 * CPU). An argument is remembered by its class and its JSON only when validation passed and left it as it was
 * (whitelisting strips nothing from it), so skipping validation the next time gives exactly the same object.
 * This holds because every validator here is a pure function of the value (none reads the clock or the
 * database); one that is not must not be used on an argument.
 */
class RememberingValidationPipe extends ValidationPipe {
  private readonly passed = new Map<unknown, Set<string>>();
  private remembered = 0;

  protected override async validate(
    object: object,
    validatorOptions?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    const before = keyOf(object);
    const rememberable = before !== undefined && before.length <= MAX_KEY_LENGTH;
    if (rememberable && this.passed.get(object.constructor)?.has(before)) return [];
    const errors = await super.validate(object, validatorOptions);
    if (rememberable && errors.length === 0 && keyOf(object) === before)
      this.remember(object.constructor, before);
    return errors;
  }

  private remember(type: unknown, key: string): void {
    if (this.remembered >= MAX_REMEMBERED) {
      this.passed.clear();
      this.remembered = 0;
    }
    let keys = this.passed.get(type);
    if (!keys) this.passed.set(type, (keys = new Set()));
    keys.add(key);
    this.remembered++;
  }
}

const VALIDATION_OPTIONS: ValidationPipeOptions = {
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: false,
  exceptionFactory: (errors) => AppError.invalidFields(toFieldErrors(errors)),
};

/** The input validation every resolver argument goes through. */
export function createValidationPipe(): ValidationPipe {
  return new RememberingValidationPipe(VALIDATION_OPTIONS);
}
