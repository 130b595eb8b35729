import { type OpenDeal, stageWeighted } from './stage-weighted';

describe('stageWeighted', () => {
  const deals: OpenDeal[] = [
    { amount: 1000, winProbability: 0.5, expectedClose: '2024-01-01', closeSource: 'CRM' },
    { amount: 2000, winProbability: 0.25, expectedClose: '2024-03-31', closeSource: 'ESTIMATED' },
    { amount: 500, winProbability: 1, expectedClose: '2024-04-01', closeSource: 'CRM' },
    { amount: 800, winProbability: 0.5, expectedClose: '2023-12-31', closeSource: 'CRM' },
  ];

  it('should weigh deals closing in [start, end) when some fall on the edges', () => {
    // The deal on the start day counts; the one on the end day and the one before the start do not.
    expect(stageWeighted(deals, '2024-01-01', '2024-04-01')).toEqual({
      expectedRevenue: 1000,
      expectedCount: 0.75,
      dealsInPeriod: 2,
      estimatedCloseRevenue: 500,
    });
  });

  it('should give zeros when there are no open deals or the period is empty', () => {
    const zeros = { expectedRevenue: 0, expectedCount: 0, dealsInPeriod: 0, estimatedCloseRevenue: 0 };
    expect(stageWeighted([], '2024-01-01', '2024-04-01')).toEqual(zeros);
    expect(stageWeighted(deals, '2024-01-01', '2024-01-01')).toEqual(zeros);
  });

  it('should throw when a date or probability is not valid', () => {
    expect(() => stageWeighted(deals, '2024-04-01', '2024-01-01')).toThrow(/bad period/);
    expect(() => stageWeighted(deals, '2024-02-30', '2024-04-01')).toThrow(/bad period/);
    const [first] = deals;
    expect(() =>
      stageWeighted([{ ...first, expectedClose: '01/02/2024' }], '2024-01-01', '2024-04-01'),
    ).toThrow(/bad date/);
    expect(() => stageWeighted([{ ...first, winProbability: 1.2 }], '2024-01-01', '2024-04-01')).toThrow(
      /winProbability/,
    );
  });

  it('should accept a win chance of exactly 0 and refuse a negative one', () => {
    const deal = { amount: 100, expectedClose: '2024-01-10', closeSource: 'CRM' as const };
    expect(stageWeighted([{ ...deal, winProbability: 0 }], '2024-01-01', '2024-02-01')).toMatchObject({
      expectedRevenue: 0,
      dealsInPeriod: 1,
    });
    expect(() => stageWeighted([{ ...deal, winProbability: -0.1 }], '2024-01-01', '2024-02-01')).toThrow(
      RangeError,
    );
  });

  it('should count only deals whose close date was estimated in the estimated revenue', () => {
    const result = stageWeighted(
      [
        { amount: 100, winProbability: 0.5, expectedClose: '2024-01-10', closeSource: 'ESTIMATED' },
        { amount: 300, winProbability: 0.5, expectedClose: '2024-01-11', closeSource: 'CRM' },
      ],
      '2024-01-01',
      '2024-02-01',
    );
    expect(result.expectedRevenue).toBe(200);
    expect(result.estimatedCloseRevenue).toBe(50);
  });
});
