import { readCurve } from './read-curve';
import { RuleReader } from './rule-reader';

function read(curve: unknown) {
  const reader = new RuleReader();
  const result = readCurve(reader, curve, 'curve');
  return { result, fields: reader.problems.map((problem) => problem.field) };
}

describe('readCurve', () => {
  it('should read a tiered curve when it has a threshold, tiers and a cap or null', () => {
    const curve = { kind: 'TIERED', threshold: '0.5', tiers: [{ upTo: null, rate: '1' }], cap: null };
    expect(read(curve)).toEqual({ result: curve, fields: [] });
  });

  it('should read a commission when its rate is from 0 to 1', () => {
    expect(read({ kind: 'COMMISSION', rate: '0.05' })).toEqual({
      result: { kind: 'COMMISSION', rate: '0.05' },
      fields: [],
    });
    expect(read({ kind: 'COMMISSION', rate: '1.5' }).fields).toEqual(['curve.rate']);
  });

  it('should report threshold, tiers and cap together when all are wrong', () => {
    const curve = { kind: 'TIERED', threshold: '1.1', tiers: 'none', cap: '11' };
    expect(read(curve)).toEqual({ result: null, fields: ['curve.threshold', 'curve.tiers', 'curve.cap'] });
  });

  it('should require the cap to be given when it is missing rather than guess "no cap"', () => {
    expect(read({ kind: 'TIERED', threshold: '0', tiers: [{ upTo: null, rate: '1' }] }).fields).toEqual([
      'curve.cap',
    ]);
  });

  it('should stop at the kind when it is unknown, rather than call every field unknown', () => {
    expect(read({ kind: 'STEPPED', rate: '1', steps: [] }).fields).toEqual(['curve.kind']);
    expect(read('TIERED').fields).toEqual(['curve']);
  });

  it('should say it must be an object when the curve is not one', () => {
    for (const curve of ['TIERED', null, [{ kind: 'TIERED' }]]) {
      const reader = new RuleReader();
      expect(readCurve(reader, curve, 'measures.0.curve')).toBeNull();
      expect(reader.problems).toEqual([{ field: 'measures.0.curve', message: 'must be an object' }]);
    }
  });

  it.each([
    ['the threshold is out of range', { threshold: '1.1' }, 'curve.threshold'],
    ['the tier list is empty', { tiers: [] }, 'curve.tiers'],
    ['the cap is out of range', { cap: '11' }, 'curve.cap'],
    ['the cap is missing', { cap: undefined }, 'curve.cap'],
  ])('should return null when only %s', (_case, change, field) => {
    const curve = {
      kind: 'TIERED',
      threshold: '0.5',
      tiers: [{ upTo: null, rate: '1' }],
      cap: '2',
      ...change,
    };
    expect(read(curve)).toEqual({ result: null, fields: [field] });
  });

  it('should report commission fields that belong to tiered curves when they are mixed', () => {
    expect(read({ kind: 'COMMISSION', rate: '0.1', cap: '2' }).fields).toEqual(['curve.cap']);
  });
});
