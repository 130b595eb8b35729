import { barPercent, summarize, sumMoney } from './leaderboard-summary';

const usd = (minor: string) => ({ minor, currency: 'USD', amount: '' });
const row = (won: string, pipeline: string, dealsWon: number, winRate: number | null) => ({
  wonRevenue: usd(won),
  openPipeline: usd(pipeline),
  dealsWon,
  winRate,
});

describe('summarize', () => {
  it('should total revenue exactly and average the win rates of reps with closed deals', () => {
    const summary = summarize([
      row('10', '500', 1, 0.5),
      row('20', '0', 2, null),
      row('30000000000000001', '1', 3, 1),
    ]);

    expect(summary).toEqual({
      reps: 3,
      wonRevenue: { amount: '300000000000000.31', currency: 'USD' },
      dealsWon: 6,
      avgWinRate: 0.75,
      openPipeline: { amount: '5.01', currency: 'USD' },
    });
  });

  it('should show no totals when there are no rows', () => {
    expect(summarize([])).toEqual({
      reps: 0,
      wonRevenue: null,
      dealsWon: 0,
      avgWinRate: null,
      openPipeline: null,
    });
  });
});

describe('sumMoney', () => {
  it('should refuse to add different currencies', () => {
    expect(sumMoney([usd('1'), { minor: '1', currency: 'EUR' }])).toBeNull();
  });
});

describe('barPercent', () => {
  const rows = [row('400', '0', 1, 1), row('100', '0', 1, 1)];

  it('should scale a rep to the leader when computing the bar width', () => {
    expect(barPercent('400', rows)).toBe(100);
    expect(barPercent('100', rows)).toBe(25);
  });

  it('should draw no bar when nobody won anything', () => {
    expect(barPercent('0', [row('0', '0', 0, null)])).toBe(0);
  });
});
