import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

/** A company whose fiscal year starts in April: FY2017 runs from 2016-04-01 to 2017-03-31. */
describe('A fiscal calendar that does not start in January', () => {
  let t: TestApp;
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    t = await TestApp.start({ FISCAL_YEAR_START_MONTH: '4' });
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    rep = await t.login('darcel.schlecht@salesops.demo');
  });

  afterAll(() => t.stop());

  it('should tell every caller the start month and the fiscal year today falls in', async () => {
    const now = new Date();
    const year = now.getUTCFullYear() + (now.getUTCMonth() + 1 >= 4 ? 1 : 0);
    for (const token of [admin, rep]) {
      const result = await t.gql('{ fiscalCalendar { startMonth currentYear } }', {}, token);
      expect(result.data).toEqual({ fiscalCalendar: { startMonth: 4, currentYear: `FY${year}` } });
    }
  });

  it('should read period keys in that calendar', async () => {
    const result = await t.gql<{ year: { start: string; end: string }; q1: { start: string; end: string } }>(
      '{ year: period(key: "FY2017") { start end } q1: period(key: "FY2017-Q1") { start end } }',
      {},
      admin,
    );
    expect(result.data).toEqual({
      year: { start: '2016-04-01', end: '2017-04-01' },
      q1: { start: '2016-04-01', end: '2016-07-01' },
    });
  });

  it('should list pay periods from April to March', async () => {
    const result = await t.gql<{ payPeriods: { period: string; start: string; end: string }[] }>(
      '{ payPeriods(fiscalYear: "FY2017") { period start end } }',
      {},
      admin,
    );
    const periods = result.data?.payPeriods ?? [];
    expect(periods[0]).toEqual({ period: 'FY2017', start: '2016-04-01', end: '2017-04-01' });
    expect(periods.filter((p) => /^\d{4}-\d{2}$/.test(p.period)).map((p) => p.period)).toEqual([
      '2016-04',
      '2016-05',
      '2016-06',
      '2016-07',
      '2016-08',
      '2016-09',
      '2016-10',
      '2016-11',
      '2016-12',
      '2017-01',
      '2017-02',
      '2017-03',
    ]);
  });
});
