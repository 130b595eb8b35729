import { readTeamBonus } from './read-team-bonus';
import { RuleReader } from './rule-reader';

function read(bonus: unknown) {
  const reader = new RuleReader();
  const result = readTeamBonus(reader, bonus, 'teamBonus');
  return { result, fields: reader.problems.map((problem) => problem.field) };
}

describe('readTeamBonus', () => {
  it('should keep only the fields given when the optional ones are absent', () => {
    expect(read({ amountMinor: '500000', threshold: '1.0' })).toEqual({
      result: { amountMinor: '500000', threshold: '1.0' },
      fields: [],
    });
    const full = { amountMinor: '500000', threshold: '1.0', partialFrom: '0.9', metric: 'DEALS_WON' };
    expect(read(full)).toEqual({ result: full, fields: [] });
  });

  it('should refuse partialFrom when it is not below the threshold', () => {
    expect(read({ amountMinor: '1', threshold: '1.0', partialFrom: '1' }).fields).toEqual([
      'teamBonus.partialFrom',
    ]);
  });

  it('should say where partialFrom must be when it is not below the threshold', () => {
    const reader = new RuleReader();
    readTeamBonus(reader, { amountMinor: '1', threshold: '1.05', partialFrom: '1.05' }, 'teamBonus');
    expect(reader.problems).toEqual([
      { field: 'teamBonus.partialFrom', message: 'must be below the threshold of 1.05' },
    ]);
  });

  it.each([
    ['amountMinor', { amountMinor: '01' }],
    ['threshold', { threshold: '0' }],
    ['partialFrom', { partialFrom: '-0.5' }],
    ['metric', { metric: 'CALLS' }],
  ])('should return null when only %s is wrong', (field, change) => {
    const bonus = {
      amountMinor: '500000',
      threshold: '1.0',
      partialFrom: '0.9',
      metric: 'DEALS_WON',
      ...change,
    };
    expect(read(bonus)).toEqual({ result: null, fields: [`teamBonus.${field}`] });
  });

  it('should report every field when all are wrong', () => {
    const bonus = { amountMinor: 5, threshold: '0', partialFrom: 'x', metric: 'CALLS' };
    expect(read(bonus)).toEqual({
      result: null,
      fields: ['teamBonus.amountMinor', 'teamBonus.threshold', 'teamBonus.partialFrom', 'teamBonus.metric'],
    });
  });
});
