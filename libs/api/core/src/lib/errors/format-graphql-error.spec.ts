import { GraphQLError } from 'graphql';

import { AppError } from './app-error';
import { ErrorCode } from './error-code';
import { formatGraphQLError } from './format-graphql-error';

function wrap(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['createRep'] });
}

describe('formatGraphQLError', () => {
  const log = jest.fn();

  beforeEach(() => log.mockReset());

  it('should carry the code and the field when a service refuses bad input', () => {
    const error = wrap(AppError.badInput('email', 'must be an email address'));
    const formatted = formatGraphQLError(error.toJSON(), error, log);
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'email',
      fieldErrors: [{ field: 'email', message: 'must be an email address' }],
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('should carry the seconds to wait when a throttle refuses', () => {
    const error = wrap(
      new AppError(ErrorCode.TooManyRequests, 'Too many failed sign-ins; try again in 8 s', [], 8),
    );
    expect(formatGraphQLError(error.toJSON(), error, log).extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 8,
    });
  });

  it('should answer SERVICE_UNAVAILABLE, not an internal error, while the database is unreachable', () => {
    const error = wrap(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    );
    expect(formatGraphQLError(error.toJSON(), error, log)).toEqual({
      message: 'The database is unavailable right now; try again in a few seconds',
      path: ['createRep'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('should answer a lock trigger refusal as CONFLICT in its own words', () => {
    const error = wrap(
      Object.assign(new Error('query failed'), {
        driverError: {
          code: 'SOL01',
          message: 'Goals for 2017-08 are locked: the pay period FY2017-Q3 is closed',
        },
      }),
    );
    expect(formatGraphQLError(error.toJSON(), error, log)).toMatchObject({
      message: 'Goals for 2017-08 are locked: the pay period FY2017-Q3 is closed',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('should hide the message and stack when the error is unexpected', () => {
    const error = wrap(new TypeError('cannot read properties of undefined (secret internals)'));
    const formatted = formatGraphQLError(
      { ...error.toJSON(), extensions: { stacktrace: ['x'] } },
      error,
      log,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['createRep'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('should keep GraphQL validation codes without their stack', () => {
    const formatted = formatGraphQLError(
      {
        message: 'Cannot query field "x"',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['y'] },
      },
      new GraphQLError('Cannot query field "x"'),
      log,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
