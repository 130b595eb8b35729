import { chartValues, pointDeals, tickOf, type TrendPoint } from './trend-model';

const chartValue = (point: TrendPoint, metric: Parameters<typeof chartValues>[1]) =>
  chartValues([point], metric, null)[0];

const money = (amount: string) => ({
  amount,
  minor: String(Math.round(Number(amount) * 100)),
  currency: 'USD',
});
const POINT: TrendPoint = {
  period: { key: '2017-03', start: '2017-03-01', end: '2017-04-01' },
  wonRevenue: money('45000.00'),
  dealsWon: 9,
  dealsLost: 3,
  winRate: 0.75,
  newPipeline: money('12000.00'),
  openDeals: 4,
  openPipeline: money('30000.00'),
  wonRevenueTarget: money('50000.00'),
  attainment: 0.9,
};

describe('trend model', () => {
  it('should chart each metric with its reference: the goal for won revenue, 100% for attainment', () => {
    expect(chartValue(POINT, 'WON_REVENUE')).toEqual({ value: 45000, ref: 50000 });
    expect(chartValue(POINT, 'ATTAINMENT')).toEqual({ value: 0.9, ref: 1 });
    expect(chartValue({ ...POINT, attainment: null, wonRevenueTarget: null }, 'ATTAINMENT')).toEqual({
      value: null,
      ref: null,
    });
    expect(chartValue({ ...POINT, wonRevenueTarget: null }, 'WON_REVENUE')).toEqual({
      value: 45000,
      ref: null,
    });
    expect(chartValue(POINT, 'WIN_RATE')).toEqual({ value: 0.75, ref: null });
    expect(chartValue(POINT, 'NEW_PIPELINE').value).toBe(12000);
    expect(chartValue(POINT, 'OPEN_PIPELINE').value).toBe(30000);
  });

  it('should run won revenue up to date against the whole period goal, exactly in minor units', () => {
    const cents = { ...POINT, wonRevenue: money('0.10') };
    const values = chartValues([cents, cents, { ...POINT, wonRevenue: money('0.10') }], 'WON_TO_DATE', {
      amount: '100.00',
    });
    // 0.1 + 0.1 + 0.1 in floats is 0.30000000000000004: summed in cents it is 0.3.
    expect(values).toEqual([
      { value: 0.1, ref: 100 },
      { value: 0.2, ref: 100 },
      { value: 0.3, ref: 100 },
    ]);
    expect(chartValues([POINT], 'WON_TO_DATE', null)).toEqual([{ value: 45000, ref: null }]);
  });

  it("should link a rep's point to the deals behind each figure, with inclusive last days", () => {
    const rep = { kind: 'rep', repId: 'r1' } as const;
    expect(pointDeals(rep, POINT, 'won')).toEqual({
      repId: 'r1',
      stageKind: 'WON',
      closedFrom: '2017-03-01',
      closedTo: '2017-03-31',
    });
    expect(pointDeals(rep, POINT, 'lost')).toMatchObject({ stageKind: 'LOST', closedTo: '2017-03-31' });
    expect(pointDeals(rep, POINT, 'new')).toEqual({
      repId: 'r1',
      engagedFrom: '2017-03-01',
      engagedTo: '2017-03-31',
    });
    expect(pointDeals(rep, POINT, 'open')).toEqual({
      repId: 'r1',
      bookAt: '2017-04-01',
      statusAt: 'OPEN',
      engagedTo: '2017-03-31',
    });
  });

  it("should count a team's deals by membership on each deal's date, its open deals by the point's last day", () => {
    const team = { kind: 'team', teamId: 't1' } as const;
    expect(pointDeals(team, POINT, 'won')).toMatchObject({ teamId: 't1', teamMembership: 'ON_CLOSE_DATE' });
    expect(pointDeals(team, POINT, 'new')).toMatchObject({ teamId: 't1', teamMembership: 'ON_ENGAGE_DATE' });
    expect(pointDeals(team, POINT, 'open')).toEqual({
      teamId: 't1',
      teamMembership: 'BEFORE_BOOK_DAY',
      bookAt: '2017-04-01',
      statusAt: 'OPEN',
      engagedTo: '2017-03-31',
    });
  });

  it("should give the company's deals with a rep only, as the trend counts them", () => {
    expect(pointDeals({ kind: 'company' }, POINT, 'won')).toEqual({
      assigned: true,
      stageKind: 'WON',
      closedFrom: '2017-03-01',
      closedTo: '2017-03-31',
    });
    expect(pointDeals({ kind: 'company' }, POINT, 'open')).toMatchObject({
      assigned: true,
      bookAt: '2017-04-01',
    });
  });

  it('should label months by name and weeks by number', () => {
    expect(tickOf('2017-03', 'en-US')).toBe('Mar');
    expect(tickOf('2017-W09', 'en-US')).toBe('W9');
  });
});
