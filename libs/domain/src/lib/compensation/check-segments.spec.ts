import { checkSegments } from './check-segments';
import { type PlanRules } from './plan-rules';
import { type StatementSegment } from './statement';

const RULES: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '0',
  measures: [],
  rounding: 'ROUND_HALF_UP',
};
const EUR: PlanRules = { ...RULES, currency: 'EUR' };
// Q1 2024 has 91 days: 45 from 1 January to 15 February, 46 from there to 1 April.
const FIRST: StatementSegment = {
  rulesVersionId: 'v1',
  fromDate: '2024-01-01',
  toDate: '2024-02-15',
  days: 45,
  periodDays: 91,
  measures: {},
};
const SECOND: StatementSegment = {
  ...FIRST,
  rulesVersionId: 'v2',
  fromDate: '2024-02-15',
  toDate: '2024-04-01',
  days: 46,
};

describe('checkSegments', () => {
  it('should return each segment its rules when the segments fill the period in order', () => {
    expect(checkSegments({ v1: RULES, v2: EUR }, [FIRST, { ...SECOND, rulesVersionId: 'v1' }])).toEqual([
      RULES,
      RULES,
    ]);
  });

  it.each([
    ['there is no segment', [], /at least one segment/],
    ['a rules version is missing', [FIRST, { ...SECOND, rulesVersionId: 'v9' }], /v9, which was not given/],
    ['segments pay in two currencies', [FIRST, SECOND], /pays in EUR, not USD/],
    [
      'segments overlap',
      [FIRST, { ...FIRST, fromDate: '2024-02-14', toDate: '2024-02-16', days: 2 }],
      /do not overlap/,
    ],
    ['days do not match the dates', [{ ...FIRST, days: 44 }], /its 45 days/],
    ['period days differ', [FIRST, { ...SECOND, rulesVersionId: 'v1', periodDays: 92 }], /same period days/],
    ['days pass the period', [{ ...FIRST, periodDays: 40 }], /past the 40 days/],
    ['a date is not a date', [{ ...FIRST, toDate: '2024-02-30' }], /dates in order/],
    [
      'an actual is not a whole number',
      [{ ...FIRST, measures: { rev: { actual: '1.5', target: '2' } } }],
      /rev: actual/,
    ],
    [
      'a team target is negative',
      [{ ...FIRST, teamBonus: { actual: '1', target: '-2' } }],
      /teamBonus: actual/,
    ],
  ])('should throw when %s', (_case, segments, message) => {
    expect(() => checkSegments({ v1: RULES, v2: EUR }, segments as StatementSegment[])).toThrow(message);
  });

  it('should name the segment and its dates when it throws', () => {
    expect(() => checkSegments({ v1: RULES }, [FIRST, { ...SECOND, rulesVersionId: 'v9' }])).toThrow(
      new RangeError('Segment 1 (2024-02-15 to 2024-04-01) uses rules version v9, which was not given'),
    );
  });

  it('should throw when a segment has no days, even when it says so', () => {
    const empty = { ...FIRST, toDate: FIRST.fromDate, days: 0 };
    expect(() => checkSegments({ v1: RULES }, [empty])).toThrow(
      new RangeError(
        'Segment 0 (2024-01-01 to 2024-01-01) must say its 0 days and the same period days as the others',
      ),
    );
  });
});
