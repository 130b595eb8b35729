import { parsePeriodKey, type Period } from '@salesops/domain';

import { forecastResult, HOLT } from '../forecast/forecast-fixtures';
import { budgetRows, wonBetween } from './budget-model';

const CAL = { startMonth: 1 };
const periods = ['FY2017-Q4', 'FY2018-Q1', 'FY2018-Q2', 'FY2018'].map(
  (k) => parsePeriodKey(k, CAL) as Period,
);
const HISTORY = [
  { month: '2017-03', value: '10.00' },
  { month: '2017-04', value: '20.00' },
  { month: '2017-10', value: '1.00' },
  { month: '2017-11', value: '2.00' },
  { month: '2017-12', value: '3.50' },
];

describe('budgetRows', () => {
  it('should show ended quarters with their actual, open ones with the forecast, each against last year', () => {
    const rows = budgetRows(
      periods,
      '2018-01-01',
      new Map([
        ['FY2018-Q1', forecastResult()],
        ['FY2018-Q2', null],
      ]),
      new Map([
        ['FY2017-Q4', '7.00'],
        ['FY2018-Q1', '400000.00'],
      ]),
      HISTORY,
    );
    expect(rows[0]).toMatchObject({
      period: 'FY2017-Q4',
      state: 'ENDED',
      actual: '6.50',
      goal: '7.00',
      gap: '0.50',
    });
    expect(rows[0].lastYear).toBeNull();
    expect(rows[1]).toMatchObject({
      period: 'FY2018-Q1',
      state: 'FORECAST',
      method: HOLT.method,
      p10: '270000.00',
      point: '330000.00',
      p90: '390000.00',
      lastYear: '10.00',
      gap: '70000.00',
    });
    expect(rows[2]).toMatchObject({ state: 'UNAVAILABLE', point: null, lastYear: '20.00', goal: null });
    expect(rows[3].state).toBe('UNAVAILABLE');
  });
});

describe('wonBetween', () => {
  it('should count months before the first win as 0 and refuse ranges outside the history', () => {
    expect(wonBetween(HISTORY, '2017-01-01', '2017-04-01')).toBe('10.00');
    expect(wonBetween(HISTORY, '2016-01-01', '2016-04-01')).toBeNull();
    expect(wonBetween(HISTORY, '2017-10-01', '2018-01-01')).toBe('6.50');
    expect(wonBetween(HISTORY, '2017-12-01', '2018-03-01')).toBeNull();
    expect(wonBetween([], '2017-01-01', '2017-02-01')).toBeNull();
  });
});
