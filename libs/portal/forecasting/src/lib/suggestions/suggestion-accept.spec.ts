import { acceptedGoals, batches, initialEdits, type Suggestion } from './suggestion-accept';

function suggestion(overrides: Partial<Suggestion>): Suggestion {
  return {
    subjectId: 'r1',
    subjectKind: 'REP',
    subjectName: 'Amy',
    parentId: 't1',
    method: 'HOLT',
    point: '100000.00',
    p10: '80000.00',
    p25: '90000.00',
    p50: '100000.00',
    p90: '120000.00',
    suggestedTarget: '100000',
    existingGoal: null,
    existingGoalVersion: 0,
    flag: 'NO_GOAL',
    note: null,
    notes: [],
    ...overrides,
  };
}

const ROWS = [
  suggestion({
    subjectId: 't1',
    subjectKind: 'TEAM',
    subjectName: 'West',
    flag: 'ABOVE_P90',
    existingGoal: '500000.00',
    existingGoalVersion: 3,
  }),
  suggestion({}),
  suggestion({
    subjectId: 'r2',
    subjectName: 'Bo',
    flag: 'WITHIN',
    existingGoal: '95000.00',
    existingGoalVersion: 1,
  }),
  suggestion({ subjectId: 'r3', subjectName: 'Cy', flag: 'NO_FORECAST', suggestedTarget: null }),
];

describe('suggestion acceptance', () => {
  it('should tick the rows that need a decision and start each with the suggested target', () => {
    const edits = initialEdits(ROWS);
    expect([...edits].map(([key, edit]) => [key, edit.selected, edit.target])).toEqual([
      ['TEAM:t1', true, '100000'],
      ['REP:r1', true, '100000'],
      ['REP:r2', false, '100000'],
      ['REP:r3', false, ''],
    ]);
  });

  it('should build the setGoals input with edited targets and the goal versions the suggestions were read with', () => {
    const edits = initialEdits(ROWS);
    edits.set('REP:r1', { selected: true, target: ' 123,456.50 ' });
    expect(acceptedGoals(ROWS, edits, 'FY2018-Q1', 'WON_REVENUE')).toEqual({
      goals: [
        { period: 'FY2018-Q1', metric: 'WON_REVENUE', target: '100000', expectedVersion: 3, teamId: 't1' },
        { period: 'FY2018-Q1', metric: 'WON_REVENUE', target: '123456.50', expectedVersion: 0, repId: 'r1' },
      ],
      invalid: [],
    });
  });

  it('should name the ticked rows whose target is not an amount', () => {
    const edits = initialEdits(ROWS);
    edits.set('REP:r1', { selected: true, target: 'lots' });
    edits.set('TEAM:t1', { selected: true, target: '12.5' });
    expect(acceptedGoals(ROWS, edits, 'FY2018-Q1', 'DEALS_WON').invalid).toEqual(['West', 'Amy']);
  });

  it('should cut long lists into batches the API accepts', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([])).toEqual([]);
  });
});
