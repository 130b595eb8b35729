import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { errorCodeOf, splitErrors, toFieldErrors } from './graphql-errors';

const badInput = new CombinedGraphQLErrors({
  errors: [
    {
      message: 'email: must be an email',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'email',
        fieldErrors: [
          { field: 'email', message: 'must be an email' },
          { field: 'name', message: 'must not be empty' },
          { field: 'email', message: 'second message is ignored' },
          { field: 'input.hireDate', message: 'must be YYYY-MM-DD' },
        ],
      },
    },
  ],
});

describe('toFieldErrors', () => {
  it('should map every field to its first message when the API sends fieldErrors', () => {
    expect(toFieldErrors(badInput)).toEqual({
      email: 'must be an email',
      name: 'must not be empty',
      hireDate: 'must be YYYY-MM-DD',
    });
  });

  it('should fall back to extensions.field when there is no fieldErrors list', () => {
    const error = {
      errors: [{ message: 'Email already used', extensions: { code: 'CONFLICT', field: 'email' } }],
    };
    expect(toFieldErrors(error)).toEqual({ email: 'Email already used' });
  });

  it('should give an empty map when the error is not a GraphQL error', () => {
    expect(toFieldErrors(new Error('offline'))).toEqual({});
    expect(toFieldErrors(undefined)).toEqual({});
  });
});

describe('errorCodeOf', () => {
  it('should read extensions.code when the API answered', () => {
    expect(errorCodeOf(badInput)).toBe('BAD_USER_INPUT');
  });

  it('should say NETWORK when there is no GraphQL answer', () => {
    expect(errorCodeOf(new Error('Failed to fetch'))).toBe('NETWORK');
  });
});

describe('splitErrors', () => {
  it('should keep messages for fields the form lacks apart when splitting', () => {
    expect(splitErrors(badInput, ['email', 'name'])).toEqual({
      fields: { email: 'must be an email', name: 'must not be empty' },
      unplaced: ['must be YYYY-MM-DD'],
    });
  });
});
