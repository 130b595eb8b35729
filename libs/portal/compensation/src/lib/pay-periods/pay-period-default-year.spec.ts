import { type DealsGQL, type PayPeriodsGQL } from '@salesops/portal/data-access';
import { payPeriodRow } from '@salesops/portal/data-access/testing';
import { firstValueFrom, of } from 'rxjs';

import { defaultFiscalYear, loadYearEvidence } from './pay-period-default-year';

const JANUARY = { startMonth: 1, currentYear: 'FY2026' };
const empty = [payPeriodRow('FY2026', 'YEAR', '2026-01-01', '2027-01-01')];

describe('defaultFiscalYear', () => {
  it('should open on the current year when it has goals or a closed period', () => {
    const withGoals = [
      payPeriodRow('FY2026-Q1', 'QUARTER', '2026-01-01', '2026-04-01', false, { goalCount: 3 }),
    ];
    const withClosed = [payPeriodRow('2026-01', 'MONTH', '2026-01-01', '2026-02-01', true)];
    for (const currentPeriods of [withGoals, withClosed]) {
      expect(defaultFiscalYear({ calendar: JANUARY, currentPeriods, latestDealDate: '2017-12-31' })).toEqual({
        fiscalYear: 'FY2026',
        fellBack: false,
      });
    }
  });

  it('should open on the current year when its deals are the latest', () => {
    expect(
      defaultFiscalYear({ calendar: JANUARY, currentPeriods: empty, latestDealDate: '2026-03-02' }),
    ).toEqual({
      fiscalYear: 'FY2026',
      fellBack: false,
    });
  });

  it('should open on the latest year with deals when the current year has nothing yet', () => {
    expect(
      defaultFiscalYear({ calendar: JANUARY, currentPeriods: empty, latestDealDate: '2017-12-31' }),
    ).toEqual({
      fiscalYear: 'FY2017',
      fellBack: true,
    });
  });

  it('should place the latest deal in the fiscal year of the calendar when the year starts in April', () => {
    const april = { startMonth: 4, currentYear: 'FY2027' };
    // 2017-12-31 falls in April 2017 – March 2018, FY2018.
    expect(
      defaultFiscalYear({ calendar: april, currentPeriods: [], latestDealDate: '2017-12-31' }).fiscalYear,
    ).toBe('FY2018');
  });

  it('should stay on the current year when there are no deals at all', () => {
    expect(defaultFiscalYear({ calendar: JANUARY, currentPeriods: empty, latestDealDate: null })).toEqual({
      fiscalYear: 'FY2026',
      fellBack: false,
    });
  });
});

describe('loadYearEvidence', () => {
  it('should ask for the current year and the last closed and engaged deal, and keep the later day', async () => {
    const payPeriods = { fetch: jest.fn(() => of({ data: { payPeriods: empty } })) };
    const deal = (closeDate: string | null, engageDate: string | null) => ({
      data: { deals: { edges: [{ node: { closeDate, engageDate } }] } },
    });
    const deals = {
      fetch: jest.fn(({ variables }: { variables: { sort: { field: string } } }) =>
        of(
          variables.sort.field === 'CLOSE_DATE' ? deal('2017-12-31', '2017-06-01') : deal(null, '2018-01-04'),
        ),
      ),
    };

    const evidence = await firstValueFrom(
      loadYearEvidence(JANUARY, payPeriods as unknown as PayPeriodsGQL, deals as unknown as DealsGQL),
    );

    expect(payPeriods.fetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { fiscalYear: 'FY2026' } }),
    );
    expect(deals.fetch).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          first: 1,
          after: null,
          sort: { field: 'CLOSE_DATE', direction: 'DESC' },
          filter: { closedFrom: '1900-01-01' },
        },
      }),
    );
    expect(evidence).toEqual({ calendar: JANUARY, currentPeriods: empty, latestDealDate: '2018-01-04' });
  });
});
