import { paySegments } from './pay-segments';

const Q3 = { start: '2017-07-01', end: '2017-10-01' };

describe('paySegments', () => {
  it('should give an unchanged rep one segment over the whole period', () => {
    const segments = paySegments(
      Q3,
      [{ repId: 'r', versionId: 'v1', from: '2017-01-01', to: null }],
      [{ repId: 'r', teamId: 't', from: '2016-10-01', to: null }],
    );
    expect(segments.get('r')).toEqual([
      { repId: 'r', versionId: 'v1', teamId: 't', from: '2017-07-01', to: '2017-10-01', days: 92 },
    ]);
  });

  it('should cut where the plan version changes and where the team changes, and count the days of each', () => {
    const segments = paySegments(
      Q3,
      [
        { repId: 'r', versionId: 'v1', from: '2017-01-01', to: '2017-08-15' },
        { repId: 'r', versionId: 'v2', from: '2017-08-15', to: null },
      ],
      [
        { repId: 'r', teamId: 'east', from: '2016-10-01', to: '2017-09-01' },
        { repId: 'r', teamId: 'west', from: '2017-09-01', to: null },
      ],
    );
    expect(segments.get('r')?.map((s) => [s.versionId, s.teamId, s.from, s.to, s.days])).toEqual([
      ['v1', 'east', '2017-07-01', '2017-08-15', 45],
      ['v2', 'east', '2017-08-15', '2017-09-01', 17],
      ['v2', 'west', '2017-09-01', '2017-10-01', 30],
    ]);
    expect(segments.get('r')?.reduce((sum, s) => sum + s.days, 0)).toBe(92);
  });

  it('should leave out days on no plan, and keep days in no team with a null team', () => {
    const segments = paySegments(
      Q3,
      [{ repId: 'r', versionId: 'v1', from: '2017-08-01', to: '2017-09-15' }],
      [{ repId: 'r', teamId: 't', from: '2017-09-01', to: null }],
    );
    expect(segments.get('r')?.map((s) => [s.teamId, s.from, s.to, s.days])).toEqual([
      [null, '2017-08-01', '2017-09-01', 31],
      ['t', '2017-09-01', '2017-09-15', 14],
    ]);
  });

  it('should keep one segment when a new assignment continues the same version and team', () => {
    const segments = paySegments(
      Q3,
      [
        { repId: 'r', versionId: 'v1', from: '2017-01-01', to: '2017-08-01' },
        { repId: 'r', versionId: 'v1', from: '2017-08-01', to: null },
      ],
      [{ repId: 'r', teamId: 't', from: '2016-01-01', to: null }],
    );
    expect(segments.get('r')).toHaveLength(1);
  });

  it('should give no entry to a rep whose assignments all fall outside the period', () => {
    const segments = paySegments(Q3, [{ repId: 'r', versionId: 'v1', from: '2017-10-01', to: null }], []);
    expect(segments.has('r')).toBe(false);
  });
});
