import { isValidEmail } from '@salesops/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** The shared email rule of @salesops/domain as a class-validator decorator. */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isEmailAddress',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: 'must be a valid email address', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidEmail(value) },
    });
}
