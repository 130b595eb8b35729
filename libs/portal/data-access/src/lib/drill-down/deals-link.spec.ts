import { dealsLinkParams, drillDownFromParams, lastDayOf } from './deals-link';

const REP = '5a0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const TEAM = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

describe('deals drill-down links', () => {
  const read = (params: Record<string, string>) => drillDownFromParams((name) => params[name] ?? null);

  it('should round-trip every filter a figure links with', () => {
    const filter = {
      repId: REP,
      teamId: TEAM,
      teamMembership: 'ON_CLOSE_DATE' as const,
      stageKind: 'WON' as const,
      closedFrom: '2017-04-01',
      closedTo: '2017-06-30',
      engagedFrom: '2017-01-01',
      engagedTo: '2017-03-31',
      bookAt: '2017-07-01',
      statusAt: 'OPEN' as const,
      minClosePushes: 2,
    };
    const params = dealsLinkParams(filter);
    expect(params).toMatchObject({ minClosePushes: '2', closedTo: '2017-06-30' });
    expect(read(params)).toEqual(filter);
  });

  it('should leave out empty values and drop malformed or orphaned ones when reading', () => {
    expect(dealsLinkParams({ repId: REP, teamId: null, closedFrom: undefined })).toEqual({ repId: REP });
    expect(read({ repId: 'x', closedFrom: '2017-4-1', stageKind: 'DONE', minClosePushes: '0' })).toEqual({});
    // A status needs the day it is taken at; a membership rule needs a team.
    expect(read({ statusAt: 'WON', teamMembership: 'ON_CLOSE_DATE' })).toEqual({});
    expect(read({ minClosePushes: '1.5' })).toEqual({});
  });

  it('should carry one count of the dashboard funnel and the deals with a rep through the address and back', () => {
    const filter = {
      teamId: TEAM,
      teamMembership: 'ON_ENGAGE_DATE' as const,
      assigned: true,
      bookAt: '2017-10-01',
      funnelStep: { stageId: REP, outcome: 'LOST_HERE' as const },
    };
    const params = dealsLinkParams(filter);
    expect(params).toEqual({
      teamId: TEAM,
      teamMembership: 'ON_ENGAGE_DATE',
      assigned: 'true',
      bookAt: '2017-10-01',
      funnelStage: REP,
      funnelOutcome: 'LOST_HERE',
    });
    expect(read(params)).toEqual(filter);
    expect(read({ assigned: 'false' })).toEqual({ assigned: false });
    // A funnel count needs its day, a stage id and a known outcome.
    expect(read({ funnelStage: REP, funnelOutcome: 'LOST_HERE' })).toEqual({});
    expect(read({ bookAt: '2017-10-01', funnelStage: 'x', funnelOutcome: 'LOST_HERE' })).toEqual({
      bookAt: '2017-10-01',
    });
    expect(read({ bookAt: '2017-10-01', funnelStage: REP, funnelOutcome: 'GONE' })).toEqual({
      bookAt: '2017-10-01',
    });
    expect(read({ assigned: 'yes' })).toEqual({});
  });

  it('should give the last day of a period from its exclusive end, across months and years', () => {
    expect(lastDayOf('2017-04-01')).toBe('2017-03-31');
    expect(lastDayOf('2018-01-01')).toBe('2017-12-31');
    expect(lastDayOf('2016-03-01')).toBe('2016-02-29');
  });
});
