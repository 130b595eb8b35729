import { type ArgumentMetadata } from '@nestjs/common';
import { IsInt, IsOptional, Max, registerDecorator } from 'class-validator';

import { AppError } from './app-error';
import { createValidationPipe } from './validation-pipe';

let checks = 0;

/** A validator that counts how often class-validator runs it. */
function CountedPositive(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'countedPositive',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be positive' },
      validator: {
        validate: (value: unknown) => {
          checks++;
          return typeof value === 'number' && value > 0;
        },
      },
    });
}

class PageArgsForTest {
  @CountedPositive()
  @IsInt()
  @Max(100)
  first!: number;

  @IsOptional()
  since?: Date;

  // No validator: whitelisting strips it.
  extra?: string;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: PageArgsForTest };

describe('createValidationPipe', () => {
  beforeEach(() => (checks = 0));

  it('should validate arguments that passed once without running the validators again, to the same object', async () => {
    const pipe = createValidationPipe();
    const first = await pipe.transform({ first: 20 }, metadata);
    const again = await pipe.transform({ first: 20 }, metadata);
    expect(checks).toBe(1);
    expect(again).toBeInstanceOf(PageArgsForTest);
    expect(again).toEqual(first);
    expect(again).not.toBe(first); // a new object each time, never one shared between requests
    await pipe.transform({ first: 21 }, metadata);
    expect(checks).toBe(2);
  });

  it('should refuse failing arguments every time, with the field at fault', async () => {
    const pipe = createValidationPipe();
    for (let attempt = 0; attempt < 2; attempt++) {
      const refusal = await pipe.transform({ first: 500 }, metadata).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).fieldErrors.map((error) => error.field)).toEqual(['first']);
    }
    expect(checks).toBe(2);
  });

  it('should not remember arguments that validation changed (a property whitelisting strips)', async () => {
    const pipe = createValidationPipe();
    for (let attempt = 0; attempt < 2; attempt++) {
      const args = (await pipe.transform({ first: 5, extra: 'x' }, metadata)) as PageArgsForTest;
      expect(args.extra).toBeUndefined();
    }
    expect(checks).toBe(2);
  });

  it('should tell an invalid Date from a missing one', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({ first: 5, since: new Date(Number.NaN) }, metadata);
    await pipe.transform({ first: 5, since: null }, metadata);
    await pipe.transform({ first: 5, since: new Date(0) }, metadata);
    await pipe.transform({ first: 5, since: new Date(0) }, metadata);
    expect(checks).toBe(3);
  });
});
