import { comparisonRow } from './comparison-fixtures';
import { repDealLinks } from './rep-deal-links';

describe('repDealLinks', () => {
  const period = { start: '2017-04-01', end: '2017-07-01' };

  it("should link each funnel count to the book at the period's end with its status then, and the period's leads", () => {
    const row = comparisonRow({ id: 'r1', leads: 7, funnel: { leads: 10, won: 4, lost: 2 } });
    expect(repDealLinks(row, period).map((link) => [link.key, link.count, link.filter])).toEqual([
      ['cmp.deals.book', 10, { repId: 'r1', bookAt: '2017-07-01' }],
      ['cmp.deals.won', 4, { repId: 'r1', bookAt: '2017-07-01', statusAt: 'WON' }],
      ['cmp.deals.lost', 2, { repId: 'r1', bookAt: '2017-07-01', statusAt: 'LOST' }],
      ['cmp.deals.openThen', 4, { repId: 'r1', bookAt: '2017-07-01', statusAt: 'OPEN' }],
      ['cmp.deals.engaged', 7, { repId: 'r1', engagedFrom: '2017-04-01', engagedTo: '2017-06-30' }],
    ]);
  });

  it('should add the stuck deals with their cut-off and the pushed deals, as warnings, only when there are some', () => {
    const row = comparisonRow({
      id: 'r1',
      funnel: { stuckDeals: 3, stuckEngagedOnOrBefore: '2017-02-10', pushedDeals: 1 },
    });
    const extra = repDealLinks(row, period).slice(5);
    expect(extra).toEqual([
      {
        key: 'cmp.deals.stuck',
        count: 3,
        warn: true,
        filter: { repId: 'r1', bookAt: '2017-07-01', statusAt: 'OPEN', engagedTo: '2017-02-10' },
      },
      { key: 'cmp.deals.pushed', count: 1, warn: true, filter: { repId: 'r1', minClosePushes: 2 } },
    ]);
    expect(repDealLinks(comparisonRow({ id: 'r1' }), period)).toHaveLength(5);
    const withSignal = comparisonRow({
      id: 'r1',
      funnel: { pushedDeals: 2 },
      signals: [
        {
          kind: 'PUSHED_DEALS',
          deals: 2,
          threshold: 3,
          leads: null,
          teamLeads: null,
          rate: null,
          teamRate: null,
        },
      ],
    });
    expect(repDealLinks(withSignal, period).at(-1)?.filter).toEqual({ repId: 'r1', minClosePushes: 3 });
  });
});
