import { drillDownChips } from './drill-down-chips';

const REP = '5a0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const TEAM = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

describe('drillDownChips', () => {
  it("should word a funnel step's deals: the rep by name from the rows, the book's day and the status then", () => {
    const chips = drillDownChips(
      { repId: REP, bookAt: '2017-07-01', statusAt: 'OPEN' },
      [],
      [{ repId: REP, repName: 'Darcel Schlecht' }],
    );
    expect(chips).toEqual([
      { key: 'drill.rep', params: { name: 'Darcel Schlecht' } },
      { key: 'drill.status.OPEN', params: { date: '2017-07-01' } },
    ]);
  });

  it('should name a team counted on the close date, the stage kind and an open-ended range', () => {
    const chips = drillDownChips(
      { teamId: TEAM, teamMembership: 'ON_CLOSE_DATE', stageKind: 'WON', closedFrom: '2017-01-01' },
      [{ id: TEAM, name: "Cara Losch's team" } as never],
      [],
    );
    expect(chips).toEqual([
      { key: 'drill.teamOnClose', params: { name: "Cara Losch's team" } },
      { key: 'drill.kind.WON', params: {} },
      { key: 'drill.closed', params: { from: '2017-01-01', to: '…' } },
    ]);
  });

  it('should leave what the page selects show (a current team, a stage) to them, and say "one rep" before rows arrive', () => {
    expect(drillDownChips({ teamId: TEAM, stageId: REP }, [], [])).toEqual([]);
    expect(drillDownChips({ repId: REP, engagedTo: '2017-03-31', minClosePushes: 2 }, [], [])).toEqual([
      { key: 'drill.oneRep', params: {} },
      { key: 'drill.engaged', params: { from: '…', to: '2017-03-31' } },
      { key: 'drill.pushed', params: { count: 2 } },
    ]);
    expect(drillDownChips({ bookAt: '2017-04-01' }, [], [])).toEqual([
      { key: 'drill.book', params: { date: '2017-04-01' } },
    ]);
  });
  it("should word a funnel count with its stage's name, and deals without a rep", () => {
    const filter = {
      bookAt: '2017-10-01',
      assigned: true,
      funnelStep: { stageId: TEAM, outcome: 'OPEN_HERE' as const },
    };
    expect(drillDownChips(filter, [], [], [{ id: TEAM, name: 'Engaging' }])).toEqual([
      { key: 'drill.book', params: { date: '2017-10-01' } },
      { key: 'drill.funnel.OPEN_HERE', params: { stage: 'Engaging' } },
    ]);
    expect(drillDownChips({ assigned: false }, [], [])).toEqual([{ key: 'drill.unassigned', params: {} }]);
  });
  it("should name a team counted on the day before the book's day", () => {
    expect(
      drillDownChips(
        { teamId: TEAM, teamMembership: 'BEFORE_BOOK_DAY', bookAt: '2017-04-01', statusAt: 'OPEN' },
        [{ id: TEAM, name: 'West' } as never],
        [],
      ),
    ).toEqual([
      { key: 'drill.teamBeforeBook', params: { name: 'West' } },
      { key: 'drill.status.OPEN', params: { date: '2017-04-01' } },
    ]);
  });
});
