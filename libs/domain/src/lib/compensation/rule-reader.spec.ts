import { RuleReader } from './rule-reader';

describe('RuleReader', () => {
  it.each([
    ['0.75', null],
    ['0', null],
    ['1', null],
    ['-0.5', 'must not be negative'],
    ['1.5', 'must be at least 0 and at most 1'],
    ['0.1234567', 'must be a decimal written as text, like "0.75", with at most 6 decimals'],
    [0.75, 'must be a decimal written as text, like "0.75", with at most 6 decimals'],
    ['1e-3', 'must be a decimal written as text, like "0.75", with at most 6 decimals'],
  ])('should read %p as a decimal from 0 to 1 and report %p when it is not one', (value, message) => {
    const reader = new RuleReader();
    const result = reader.decimal(value, 'weight', '0', '1');
    expect(reader.problems).toEqual(message === null ? [] : [{ field: 'weight', message }]);
    expect(result).toBe(message === null ? value : null);
  });

  it.each([
    ['9999.999999', null],
    ['1000', null],
    ['10000', 'must be a decimal written as text, like "0.75", with at most 6 decimals'],
    ['1.5x', 'must be a decimal written as text, like "0.75", with at most 6 decimals'],
  ])(
    'should read %p as a decimal of at most 4 digits before the point and report %p when not',
    (value, message) => {
      const reader = new RuleReader();
      const result = reader.decimal(value, 'rate', '0', '100000');
      expect(reader.problems).toEqual(message === null ? [] : [{ field: 'rate', message }]);
      expect(result).toBe(message === null ? value : null);
    },
  );

  it('should exclude the lower bound when asked to', () => {
    const reader = new RuleReader();
    expect(reader.decimal('0', 'cap', '0', '10', true)).toBeNull();
    expect(reader.problems[0].message).toBe('must be above 0 and at most 10');
  });

  it.each(['0', '1', '999999999999999'])('should accept %p as minor units', (value) => {
    expect(new RuleReader().minor(value, 'amount')).toBe(value);
  });

  it.each(['-1', '01', '1.5', '1000000000000000', 5])('should refuse %p as minor units', (value) => {
    const reader = new RuleReader();
    expect(reader.minor(value, 'amount')).toBeNull();
    expect(reader.problems).toHaveLength(1);
  });

  it('should explain minor units when it refuses an amount', () => {
    const reader = new RuleReader();
    reader.minor('01', 'amount');
    expect(reader.problems).toEqual([
      {
        field: 'amount',
        message:
          'must be a whole number of minor units written as text, like "1000000", of at most 15 digits',
      },
    ]);
  });

  it('should report each unknown field when an object has several', () => {
    const reader = new RuleReader();
    reader.object({ a: 1, b: 2, c: 3 }, 'x', ['a']);
    expect(reader.problems.map((problem) => problem.field)).toEqual(['x.b', 'x.c']);
  });

  it('should refuse a list when its length is out of bounds or it is not a list', () => {
    const reader = new RuleReader();
    expect(reader.list([1, 2, 3], 'l', 1, 2)).toBeNull();
    expect(reader.list({}, 'l', 1, 2)).toBeNull();
    expect(reader.list([1], 'l', 1, 2)).toEqual([1]);
    expect(reader.problems.map((problem) => problem.message)).toEqual([
      'must hold 1 to 2 items',
      'must be a list',
    ]);
  });

  it('should accept a list when it holds exactly the most items allowed', () => {
    const reader = new RuleReader();
    expect(reader.list([1, 2], 'l', 1, 2)).toEqual([1, 2]);
    expect(reader.problems).toEqual([]);
  });

  it('should join paths with dots when a parent is given', () => {
    expect(RuleReader.path('', 'currency')).toBe('currency');
    expect(RuleReader.path('measures.1.curve.tiers', 0)).toBe('measures.1.curve.tiers.0');
  });
});
