import { simulationRuns, winRecords } from './pipeline-forecast.service';

describe('simulationRuns', () => {
  it('should run 2,000 times for a team-sized pipeline and fewer, never under 200, for a huge one', () => {
    expect(simulationRuns(0)).toBe(2000);
    expect(simulationRuns(1500)).toBe(2000);
    expect(simulationRuns(20_000)).toBe(1000);
    expect(simulationRuns(200_000)).toBe(200);
  });
});

describe('winRecords', () => {
  it("should sum each team's and the company's record with every pool of cycles ascending", () => {
    const rows = [
      { rep_id: 'r1', team_id: 't1', won: 2, lost: 1, won_cycle_days: [30, 90] },
      { rep_id: 'r2', team_id: 't1', won: 3, lost: 0, won_cycle_days: [10, 40, 200] },
      { rep_id: 'r3', team_id: 't2', won: 1, lost: 4, won_cycle_days: [5] },
    ];
    const records = winRecords(rows);
    expect(records.rep.get('r2')).toEqual({ won: 3, lost: 0, cycles: [10, 40, 200] });
    expect(records.teamOfRep.get('r1')).toEqual({ won: 5, lost: 1, cycles: [10, 30, 40, 90, 200] });
    expect(records.teamOfRep.get('r2')).toBe(records.teamOfRep.get('r1'));
    expect(records.teamOfRep.get('r3')).toEqual({ won: 1, lost: 4, cycles: [5] });
    expect(records.company).toEqual({ won: 6, lost: 5, cycles: [5, 10, 30, 40, 90, 200] });
    // The rows keep their own arrays.
    expect(rows[0].won_cycle_days).toEqual([30, 90]);
  });
});
