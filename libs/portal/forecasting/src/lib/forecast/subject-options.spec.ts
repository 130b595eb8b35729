import { defaultSubject, parseSubject, scopeTeamId, subjectValue } from './subject-options';

const TEAMS = [
  { id: 't2', name: 'Cara', parentId: 't1' },
  { id: 't1', name: 'East', parentId: 'root-hidden' },
];
const REPS = [{ id: 'r1', name: 'Amy', teamId: 't2' }];

describe('subject options', () => {
  it('should write and read a subject as one value', () => {
    expect(subjectValue({ kind: 'TEAM', id: 't1' })).toBe('TEAM:t1');
    expect(subjectValue({ kind: 'COMPANY', id: null })).toBe('COMPANY');
    expect(parseSubject('REP:r1')).toEqual({ kind: 'REP', id: 'r1' });
    expect(parseSubject('COMPANY')).toEqual({ kind: 'COMPANY', id: null });
    expect(parseSubject('TEAM:')).toBeNull();
    expect(parseSubject(undefined)).toBeNull();
  });

  it('should open admins on the company and managers on their top team', () => {
    expect(defaultSubject(true, TEAMS, REPS)).toEqual({ kind: 'COMPANY', id: null });
    expect(defaultSubject(false, TEAMS, REPS)).toEqual({ kind: 'TEAM', id: 't1' });
    expect(defaultSubject(false, [], REPS)).toEqual({ kind: 'REP', id: 'r1' });
    expect(defaultSubject(false, [], [])).toBeNull();
  });

  it('should limit calls and suggestions to the subject’s team, a rep’s own team, or nothing', () => {
    expect(scopeTeamId({ kind: 'TEAM', id: 't1' }, REPS)).toBe('t1');
    expect(scopeTeamId({ kind: 'REP', id: 'r1' }, REPS)).toBe('t2');
    expect(scopeTeamId({ kind: 'COMPANY', id: null }, REPS)).toBeNull();
  });
});
