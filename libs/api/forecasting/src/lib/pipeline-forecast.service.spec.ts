import { simulationRuns } from './pipeline-forecast.service';

describe('simulationRuns', () => {
  it('should run 2,000 times for a team-sized pipeline and fewer, never under 200, for a huge one', () => {
    expect(simulationRuns(0)).toBe(2000);
    expect(simulationRuns(1500)).toBe(2000);
    expect(simulationRuns(20_000)).toBe(1000);
    expect(simulationRuns(200_000)).toBe(200);
  });
});
