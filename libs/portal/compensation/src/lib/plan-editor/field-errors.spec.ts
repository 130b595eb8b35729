import { apiFieldErrors, placeErrors } from './field-errors';

describe('apiFieldErrors', () => {
  it('should name fields as the editor does when the API prefixes them with input.content', () => {
    const error = {
      errors: [
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'input.content.rules.measures.1.weight', message: 'must be at most 1' },
              { field: 'input.content.effectiveTo', message: 'must be after effectiveFrom' },
              { field: 'name', message: 'taken' },
            ],
          },
        },
      ],
    };
    expect(apiFieldErrors(error)).toEqual({
      'rules.measures.1.weight': 'must be at most 1',
      effectiveTo: 'must be after effectiveFrom',
      name: 'taken',
    });
  });
});

describe('placeErrors', () => {
  it('should put a message on its field, else on the nearest field shown that holds it, else in the banner', () => {
    const placed = placeErrors(
      {
        'rules.measures.0.weight': 'must be at most 1',
        'rules.measures.0.curve': 'must be an object',
        'rules.measures': 'the weights add up to 0.9',
        expectedVersion: 'The draft changed since you read it',
      },
      ['rules.measures', 'rules.measures.0.weight'],
    );
    expect(placed.fields).toEqual({
      'rules.measures.0.weight': 'must be at most 1',
      'rules.measures': 'must be an object; the weights add up to 0.9',
    });
    expect(placed.unplaced).toEqual(['The draft changed since you read it']);
  });
});
