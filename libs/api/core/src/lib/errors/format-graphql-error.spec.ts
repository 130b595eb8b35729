import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
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

  it('should hide the message and stack when the error is unexpected', () => {
    const error = wrap(new TypeError('cannot read properties of undefined (secret internals)'));
    const formatted = formatGraphQLError({ ...error.toJSON(), extensions: { stacktrace: ['x'] } }, error, log);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['createRep'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('should keep GraphQL validation codes without their stack', () => {
    const formatted = formatGraphQLError(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['y'] } },
      new GraphQLError('Cannot query field "x"'),
      log,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
