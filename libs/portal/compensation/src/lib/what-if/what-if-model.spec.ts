import { RULES_75_25 } from '../plans/plan-fixtures';
import { engineRules, payoutAt, percentToAttainment } from './what-if-model';

describe('percentToAttainment', () => {
  it('should read typed percentages exactly when they are numbers', () => {
    expect(percentToAttainment('95')).toBe('0.95');
    expect(percentToAttainment(' 110.5 ')).toBe('1.105');
    expect(percentToAttainment('0')).toBe('0');
  });

  it('should refuse text that is not a percentage', () => {
    expect(percentToAttainment('')).toBeNull();
    expect(percentToAttainment('-5')).toBeNull();
    expect(percentToAttainment('1e2')).toBeNull();
    expect(percentToAttainment('12345')).toBeNull();
  });
});

describe('payoutAt', () => {
  const rules = engineRules(RULES_75_25);

  it('should read the API rules as the engine rules when they are valid', () => {
    expect(rules?.measures).toHaveLength(2);
    expect(rules?.teamBonus).toBeUndefined();
  });

  it('should read rules as Apollo returns them, with __typename on every object', () => {
    const typed = JSON.parse(
      JSON.stringify(RULES_75_25, (key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value) ? { __typename: 'X', ...value } : value,
      ),
    );
    expect(engineRules(typed)).not.toBeNull();
  });

  it('should pay the worked example of the plan when rep is at 110% and team at 90%', () => {
    if (!rules) throw new Error('rules did not validate');
    const statement = payoutAt(rules, '110', '90');
    expect(statement?.lines.map((line) => line.amountMinor)).toEqual(['900000', '225000']);
    expect(statement?.totalMinor).toBe('1125000');
  });

  it('should pay nothing below the threshold and stop at the cap', () => {
    if (!rules) throw new Error('rules did not validate');
    expect(payoutAt(rules, '49.99', '49.99')?.totalMinor).toBe('0');
    expect(payoutAt(rules, '300', '300')?.totalMinor).toBe('2000000');
  });

  it('should answer null while an input is not a percentage', () => {
    if (!rules) throw new Error('rules did not validate');
    expect(payoutAt(rules, 'abc', '90')).toBeNull();
  });
});
