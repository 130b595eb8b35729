import { checkMeasureSet } from './check-measure-set';
import { RuleReader } from './rule-reader';

const tiered = (key: string, weight: unknown) => ({ key, weight, curve: { kind: 'TIERED' } });
const commission = (key: string) => ({ key, weight: '0', curve: { kind: 'COMMISSION' } });

function check(items: unknown[]) {
  const reader = new RuleReader();
  checkMeasureSet(reader, items);
  return reader.problems.map((problem) => `${problem.field}: ${problem.message}`);
}

describe('checkMeasureSet', () => {
  it('should accept tiered weights when they add up to exactly 1', () => {
    expect(check([tiered('a', '0.75'), tiered('b', '0.25'), commission('c')])).toEqual([]);
    expect(check([tiered('a', '0.333333'), tiered('b', '0.333333'), tiered('c', '0.333334')])).toEqual([]);
  });

  it('should report the sum when it is not 1', () => {
    expect(check([tiered('a', '0.7'), tiered('b', '0.25')])).toEqual([
      'measures: the weights of the tiered measures add up to 0.95; they must add up to 1',
    ]);
  });

  it('should report each repeated key against the first when keys repeat', () => {
    expect(check([tiered('a', '0.5'), tiered('a', '0.5'), commission('a')])).toEqual([
      'measures.1.key: repeats the key of measures.0',
      'measures.2.key: repeats the key of measures.0',
    ]);
  });

  it('should not add the weights when one is unreadable, as that one is reported where it is', () => {
    expect(check([tiered('a', 'lots'), tiered('b', '0.25')])).toEqual([]);
    expect(check([{ key: 'a', weight: '0.5', curve: { kind: 'STEPPED' } }])).toEqual([]);
  });

  it('should add a weight when it has 4 digits before the point or 6 after, or none after', () => {
    expect(check([tiered('a', '1000'), tiered('b', '0.000001')])).toEqual([
      'measures: the weights of the tiered measures add up to 1000.000001; they must add up to 1',
    ]);
    expect(check([tiered('a', '2')])).toEqual([
      'measures: the weights of the tiered measures add up to 2; they must add up to 1',
    ]);
  });

  it.each(['10000', '0.1234567', '-0.5', 'x0.5'])(
    'should not add the weights when one is %p, which RuleReader does not read',
    (weight) => {
      expect(check([tiered('a', weight), tiered('b', '0.25')])).toEqual([]);
    },
  );

  it('should skip items that are not objects or have no curve when it reads keys and kinds', () => {
    expect(check([null, 'measure', 5, { key: 'b', weight: '1' }])).toEqual([]);
  });

  it('should not check the sum when every measure is a commission', () => {
    expect(check([commission('a'), commission('b')])).toEqual([]);
  });
});
