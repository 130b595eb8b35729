import { dealWarnings, FAR_FUTURE_DAYS, lastPlausibleDate } from './deal-warnings';

const plain = {
  engageDate: '2026-01-10',
  expectedCloseDate: '2026-03-01',
  closeDate: '2026-02-20',
  amountMinor: 120_000n,
  won: true,
};
const TODAY = '2026-12-07';

describe('dealWarnings', () => {
  it('should judge each day by its own last plausible day when asked for different days in turn', () => {
    expect(lastPlausibleDate('2026-12-07')).toBe('2028-12-06');
    expect(lastPlausibleDate('2020-01-01')).toBe('2021-12-31');
    expect(lastPlausibleDate('2026-12-07')).toBe('2028-12-06');
    const deal = { ...plain, engageDate: '2021-06-01', expectedCloseDate: null, closeDate: '2022-01-01' };
    expect(dealWarnings(deal, '2020-01-01')).toEqual(['FAR_FUTURE_DATE']);
    expect(dealWarnings(deal, TODAY)).toEqual([]);
  });

  it('should find nothing wrong with a plausible deal', () => {
    expect(dealWarnings(plain, TODAY)).toEqual([]);
  });

  it('should flag a close date one day before the engage date, and not the same day', () => {
    expect(dealWarnings({ ...plain, closeDate: '2026-01-09' }, TODAY)).toEqual(['CLOSE_BEFORE_ENGAGE']);
    expect(dealWarnings({ ...plain, closeDate: '2026-01-10' }, TODAY)).toEqual([]);
  });

  it('should not judge the order of dates a deal lacks', () => {
    expect(dealWarnings({ ...plain, engageDate: null, closeDate: '2000-01-01' }, TODAY)).toEqual([]);
    expect(dealWarnings({ ...plain, closeDate: null }, TODAY)).toEqual([]);
  });

  it('should flag a won deal worth 0, and not a lost one or one without an amount', () => {
    expect(dealWarnings({ ...plain, amountMinor: 0n }, TODAY)).toEqual(['ZERO_AMOUNT']);
    expect(dealWarnings({ ...plain, amountMinor: 0n, won: false }, TODAY)).toEqual([]);
    expect(dealWarnings({ ...plain, amountMinor: null }, TODAY)).toEqual([]);
    expect(dealWarnings({ ...plain, amountMinor: 1n }, TODAY)).toEqual([]);
  });

  it('should flag each date lying past the last plausible day, and not one on it', () => {
    const last = lastPlausibleDate(TODAY);
    expect(last).toBe('2028-12-06');
    expect(FAR_FUTURE_DAYS).toBe(730);
    const undated = { ...plain, engageDate: null, expectedCloseDate: null, closeDate: null };
    for (const field of ['engageDate', 'expectedCloseDate', 'closeDate'] as const) {
      expect(dealWarnings({ ...undated, [field]: '2028-12-07' }, TODAY)).toEqual(['FAR_FUTURE_DATE']);
      expect(dealWarnings({ ...undated, [field]: last }, TODAY)).toEqual([]);
    }
  });

  it('should give every warning of a deal once, in their fixed order', () => {
    expect(
      dealWarnings(
        {
          engageDate: '2030-05-01',
          expectedCloseDate: '2031-01-01',
          closeDate: '2030-04-01',
          amountMinor: 0n,
          won: true,
        },
        TODAY,
      ),
    ).toEqual(['CLOSE_BEFORE_ENGAGE', 'ZERO_AMOUNT', 'FAR_FUTURE_DATE']);
  });
});
