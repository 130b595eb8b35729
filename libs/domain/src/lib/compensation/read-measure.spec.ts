import { readMeasure } from './read-measure';
import { RuleReader } from './rule-reader';

const MEASURE = {
  key: 'individual',
  label: 'Individual revenue',
  metric: 'WON_REVENUE',
  scope: 'REP',
  weight: '1',
  curve: { kind: 'TIERED', threshold: '0', tiers: [{ upTo: null, rate: '1' }], cap: null },
};

function read(measure: unknown) {
  const reader = new RuleReader();
  const result = readMeasure(reader, measure, 'measures.0');
  return { result, problems: reader.problems.map((problem) => `${problem.field}: ${problem.message}`) };
}

describe('readMeasure', () => {
  it('should read a measure when every field is valid', () => {
    expect(read(MEASURE)).toEqual({ result: MEASURE, problems: [] });
  });

  it('should report key, label, metric, scope and weight together when all are wrong', () => {
    const { result, problems } = read({
      ...MEASURE,
      key: '1st',
      label: ' ',
      metric: 'REVENUE',
      scope: 'ME',
      weight: '2',
    });
    expect(result).toBeNull();
    expect(problems).toEqual([
      'measures.0.key: must be 1 to 40 letters, digits, "-" or "_", starting with a letter',
      'measures.0.label: must be text of 1 to 80 characters',
      'measures.0.metric: must be one of WON_REVENUE, DEALS_WON, NEW_PIPELINE',
      'measures.0.scope: must be one of REP, TEAM',
      'measures.0.weight: must be at least 0 and at most 1',
    ]);
  });

  it('should accept a key when it has 1 or 40 characters', () => {
    for (const key of ['a', `k${'x'.repeat(39)}`, 'Team_rev-2']) {
      expect(read({ ...MEASURE, key })).toEqual({ result: { ...MEASURE, key }, problems: [] });
    }
  });

  it.each([`k${'x'.repeat(40)}`, 'revenue!', 'rev enue', '-rev'])('should refuse the key %p', (key) => {
    expect(read({ ...MEASURE, key })).toEqual({
      result: null,
      problems: ['measures.0.key: must be 1 to 40 letters, digits, "-" or "_", starting with a letter'],
    });
  });

  it('should accept a label when it has exactly 80 characters', () => {
    const label = 'L'.repeat(80);
    expect(read({ ...MEASURE, label })).toEqual({ result: { ...MEASURE, label }, problems: [] });
  });

  it.each([['L'.repeat(81)], [''], [42], [null]])('should refuse the label %p', (label) => {
    expect(read({ ...MEASURE, label })).toEqual({
      result: null,
      problems: ['measures.0.label: must be text of 1 to 80 characters'],
    });
  });

  it('should report only the metric choice when a commission has an unknown metric', () => {
    const commission = {
      ...MEASURE,
      metric: 'REVENUE',
      weight: '0',
      curve: { kind: 'COMMISSION', rate: '0.05' },
    };
    expect(read(commission).problems).toEqual([
      'measures.0.metric: must be one of WON_REVENUE, DEALS_WON, NEW_PIPELINE',
    ]);
  });

  it('should require weight "0" and won revenue when the measure is a commission', () => {
    const commission = {
      ...MEASURE,
      metric: 'DEALS_WON',
      weight: '0.2',
      curve: { kind: 'COMMISSION', rate: '0.05' },
    };
    expect(read(commission).problems).toEqual([
      'measures.0.weight: must be "0" for a commission measure',
      'measures.0.metric: must be WON_REVENUE for a commission',
    ]);
    expect(read({ ...commission, metric: 'WON_REVENUE', weight: '0.000' }).problems).toEqual([]);
  });
});
