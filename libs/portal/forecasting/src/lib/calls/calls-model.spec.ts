import { callDraftError, callInput, callRows, type CallStanding, difference } from './calls-model';

function standing(overrides: Partial<CallStanding>): CallStanding {
  return {
    subjectId: 'x',
    subjectKind: 'REP',
    subjectName: 'X',
    parentId: null,
    commit: null,
    bestCase: null,
    commitLastWeek: null,
    repCommitSum: null,
    repBestCaseSum: null,
    goal: null,
    callBias: null,
    callsScored: 0,
    submission: null,
    adjustment: null,
    ...overrides,
  };
}

describe('callRows', () => {
  it('should nest reps under their team, teams first, and work out the weekly view', () => {
    const rows = callRows([
      standing({ subjectId: 'r2', subjectName: 'Zed', parentId: 't1', commit: '100.00', goal: '150.00' }),
      standing({
        subjectId: 'r1',
        subjectName: 'Amy',
        parentId: 't1',
        commit: '80.00',
        commitLastWeek: '60.50',
      }),
      standing({
        subjectId: 't1',
        subjectKind: 'TEAM',
        subjectName: 'West',
        commit: '200.00',
        repCommitSum: '180.00',
      }),
    ]);
    expect(rows.map((r) => [r.standing.subjectName, r.depth])).toEqual([
      ['West', 0],
      ['Amy', 1],
      ['Zed', 1],
    ]);
    expect(rows[0].vsReps).toBe('20.00');
    expect(rows[1].weeklyChange).toBe('19.50');
    expect(rows[2].gapToGoal).toBe('50.00');
    expect(rows[2].vsReps).toBeNull();
  });

  it('should show a rep whose team is out of sight at the top level', () => {
    const rows = callRows([standing({ subjectId: 'r1', parentId: 'hidden' })]);
    expect(rows[0].depth).toBe(0);
  });

  it('should subtract exactly and give null when a figure is missing', () => {
    expect(difference('0.30', '0.10')).toBe('0.20');
    expect(difference('10', null)).toBeNull();
  });
});

describe('call drafts', () => {
  const draft = { commit: '250,000', bestCase: '300000.50', note: '' };

  it('should accept amounts with separators and a best case above the commit', () => {
    expect(callDraftError(draft, 'WON_REVENUE', false)).toBeNull();
  });

  it('should refuse a best case below the commit, fractions of deals and a missing note on an adjustment', () => {
    expect(callDraftError({ ...draft, bestCase: '1' }, 'WON_REVENUE', false)).toBe('bestBelowCommit');
    expect(callDraftError({ commit: '2.5', bestCase: '3', note: '' }, 'DEALS_WON', false)).toBe('commit');
    expect(callDraftError({ ...draft, commit: '-5' }, 'WON_REVENUE', false)).toBe('commit');
    expect(callDraftError(draft, 'WON_REVENUE', true)).toBe('note');
    expect(callDraftError({ ...draft, note: ' ' }, 'WON_REVENUE', true)).toBe('note');
  });

  it('should express an adjustment as a call for the report with a note', () => {
    expect(
      callInput(
        { kind: 'REP', id: 'r1' },
        { ...draft, note: ' Big deal slipped ' },
        'FY2018-Q1',
        'WON_REVENUE',
      ),
    ).toEqual({
      period: 'FY2018-Q1',
      metric: 'WON_REVENUE',
      commit: '250000',
      bestCase: '300000.50',
      repId: 'r1',
      note: 'Big deal slipped',
    });
  });

  it('should send a rep’s own call without an id, and a team’s with its id', () => {
    expect(callInput({ kind: 'SELF' }, draft, '2018-01', 'WON_REVENUE')).toEqual({
      period: '2018-01',
      metric: 'WON_REVENUE',
      commit: '250000',
      bestCase: '300000.50',
    });
    expect(callInput({ kind: 'TEAM', id: 't1' }, draft, '2018-01', 'WON_REVENUE').teamId).toBe('t1');
  });
});
