import { formatDateTime, toDecisionsPage } from './routing-decisions';

const decision = (n: number) => ({
  id: `d${n}`,
  dealExternalId: `X${n}`,
  repName: null,
  decidedAt: '2025-03-10T09:30:00Z',
  reason: 'r',
});

describe('toDecisionsPage', () => {
  it('should cut the look-ahead row and say there is a next page', () => {
    const page = toDecisionsPage([decision(1), decision(2), decision(3)], 2);
    expect(page.rows.map((row) => row.id)).toEqual(['d1', 'd2']);
    expect(page.hasNext).toBe(true);
  });

  it('should say there is no next page when the API sent a page or less', () => {
    expect(toDecisionsPage([decision(1), decision(2)], 2).hasNext).toBe(false);
    expect(toDecisionsPage([], 2)).toEqual({ rows: [], hasNext: false });
  });
});

describe('formatDateTime', () => {
  it('should show the date with the time of day and leave bad input as it is', () => {
    expect(formatDateTime('2025-03-10T09:30:00Z', 'en-US')).toMatch(/Mar 10, 2025/);
    expect(formatDateTime('not a date', 'en-US')).toBe('not a date');
  });
});
