import { assignmentProblem } from './assignment-dates';

describe('assignmentProblem', () => {
  it('should accept a first day alone or with a later end', () => {
    expect(assignmentProblem('2018-01-01', '')).toBeNull();
    expect(assignmentProblem(' 2018-01-01 ', '2018-04-01')).toBeNull();
  });

  it('should refuse dates not written YYYY-MM-DD and an end on or before the first day', () => {
    expect(assignmentProblem('2018-1-1', '')).toBe('assignDates');
    expect(assignmentProblem('2018-01-01', 'April')).toBe('assignDates');
    expect(assignmentProblem('2018-01-01', '2018-01-01')).toBe('assignOrder');
  });
});
