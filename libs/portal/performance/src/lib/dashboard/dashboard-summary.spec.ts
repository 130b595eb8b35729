import { rep, team, usd } from './dashboard-fixtures';
import { ratio, summarizeAll, summarizeOne, sumMinor } from './dashboard-summary';

describe('summaries', () => {
  it('should add the top-level teams exactly in minor units and compute the ratios from the sums', () => {
    const roots = [
      team('a', null, 'A', {
        reps: 3,
        dealsWon: 3,
        dealsLost: 1,
        openDeals: 4,
        wonRevenue: usd('90071992547409930'),
        openPipeline: usd('30000'),
        weightedPipeline: usd('10001'),
        wonRevenueTarget: usd('100000000000000000'),
      }),
      team('b', null, 'B', {
        reps: 2,
        dealsWon: 1,
        dealsLost: 3,
        openDeals: 1,
        wonRevenue: usd('9928007452590070'),
        openPipeline: usd('1'),
        weightedPipeline: usd('1'),
        wonRevenueTarget: usd('100000000000000000'),
      }),
    ];
    const summary = summarizeAll(roots);

    // 900719925474099.30 + 99280074525900.70: past Number.MAX_SAFE_INTEGER in cents, still exact.
    expect(summary.wonRevenue).toEqual({ amount: '1000000000000000.00', currency: 'USD' });
    expect(summary.target).toEqual({ amount: '2000000000000000.00', currency: 'USD' });
    expect(summary.attainment).toBe(0.5);
    expect(summary.weightedPipeline).toEqual({ amount: '100.02', currency: 'USD' });
    expect(summary.winRate).toBe(0.5);
    expect(summary.reps).toBe(5);
    expect(summary.openDeals).toBe(5);
    expect(summary.goals).toEqual({ set: 2, of: 2 });
    // 300.01 open against 1,000,000,000,000,000.00 still to go.
    expect(summary.coverage).toBe(0);
  });

  it('should leave attainment and coverage out when a top-level team has no goal', () => {
    const summary = summarizeAll([
      team('a', null, 'A', { wonRevenue: usd('100'), wonRevenueTarget: usd('200') }),
      team('b', null, 'B', { wonRevenue: usd('100') }),
    ]);

    expect(summary.attainment).toBeNull();
    expect(summary.coverage).toBeNull();
    expect(summary.target).toBeNull();
    expect(summary.goals).toEqual({ set: 1, of: 2 });
    expect(summary.winRate).toBeNull();
  });

  it('should compute coverage of the remaining goal, and none once the goal is met', () => {
    const behind = summarizeAll([
      team('a', null, 'A', {
        wonRevenue: usd('100'),
        openPipeline: usd('300'),
        wonRevenueTarget: usd('200'),
      }),
    ]);
    const ahead = summarizeAll([
      team('a', null, 'A', {
        wonRevenue: usd('300'),
        openPipeline: usd('300'),
        wonRevenueTarget: usd('200'),
      }),
    ]);

    expect(behind.coverage).toBe(3);
    expect(behind.attainment).toBe(0.5);
    expect(ahead.coverage).toBeNull();
    expect(ahead.attainment).toBe(1.5);
  });

  it('should show no totals when there are no teams', () => {
    const summary = summarizeAll([]);
    expect(summary.wonRevenue).toBeNull();
    expect(summary.attainment).toBeNull();
    expect(summary.goals).toEqual({ set: 0, of: 0 });
  });

  it('should take a single team’s or rep’s own figures from the API', () => {
    expect(
      summarizeOne(team('a', null, 'A', { attainment: 0.8, pipelineCoverage: 2.5, reps: 4 })),
    ).toMatchObject({
      attainment: 0.8,
      coverage: 2.5,
      reps: 4,
      goals: null,
    });
    expect(summarizeOne(rep('p1', 'A')).reps).toBeNull();
  });

  it('should refuse to add different currencies', () => {
    expect(sumMinor([usd('1'), { minor: '1', currency: 'EUR' }])).toBeNull();
    expect(sumMinor([])).toBeNull();
  });

  it('should divide minor units without a float until the end', () => {
    expect(ratio(1n, 3n)).toBe(0.333333);
    expect(ratio(1n, 0n)).toBeNull();
  });
});
