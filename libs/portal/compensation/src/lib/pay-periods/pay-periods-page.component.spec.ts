import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  DealsGQL,
  type FiscalCalendarInfo,
  type PayPeriodRowFragment,
  PayPeriodsGQL,
} from '@salesops/portal/data-access';
import { fiscalCalendarAnswer, payPeriodRow } from '@salesops/portal/data-access/testing';
import { I18nService } from '@salesops/portal/i18n';
import { downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { ClosePayPeriodDialogComponent } from './close-pay-period-dialog.component';
import { PayPeriodsPageComponent } from './pay-periods-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const pad = (n: number) => String(n).padStart(2, '0');
const TODAY = new Date().toISOString().slice(0, 10);

/** A fiscal year as the API lists it (year, quarters, months), `closed` ones closed by the admin. */
function fiscalYear(year: number, closed: readonly string[] = []): PayPeriodRowFragment[] {
  const row = (period: string, type: string, start: string, end: string): PayPeriodRowFragment => {
    const isClosed = closed.includes(period);
    return payPeriodRow(period, type, start, end, isClosed, {
      closable: !isClosed && end <= TODAY,
      goalCount: type === 'YEAR' ? 40 : type === 'QUARTER' ? 10 : 3,
    });
  };
  const month = (m: number) => (m > 12 ? `${year + 1}-01-01` : `${year}-${pad(m)}-01`);
  return [
    row(`FY${year}`, 'YEAR', `${year}-01-01`, `${year + 1}-01-01`),
    ...[1, 2, 3, 4].map((q) => row(`FY${year}-Q${q}`, 'QUARTER', month(q * 3 - 2), month(q * 3 + 1))),
    ...Array.from({ length: 12 }, (_, i) =>
      row(`${year}-${pad(i + 1)}`, 'MONTH', month(i + 1), month(i + 2)),
    ),
  ];
}

interface Options {
  readonly closed?: readonly string[];
  readonly error?: unknown;
  /** What the close dialog closes with. */
  readonly dialogResult?: PayPeriodRowFragment;
  /** The API's fiscal calendar (January and this year when left out), or an Error when it cannot be read. */
  readonly calendar?: FiscalCalendarInfo | Error;
  /** Fiscal years listed with no goals and nothing closed (every other year has goals). */
  readonly emptyYears?: readonly string[];
  /** The day of the latest deal (closed and engaged alike); none when left out. */
  readonly latestDeal?: string;
  /** The deals cannot be read. */
  readonly dealsError?: unknown;
}

async function setup(url: string, options: Options = {}) {
  const fetch = jest.fn(({ variables }: { variables: { fiscalYear: string } }) => {
    if (options.error) return throwError(() => options.error);
    const periods = fiscalYear(Number(variables.fiscalYear.slice(2)), options.closed);
    const empty = options.emptyYears?.includes(variables.fiscalYear);
    return of({ data: { payPeriods: empty ? periods.map((p) => ({ ...p, goalCount: 0 })) : periods } });
  });
  const deal = options.latestDeal
    ? [{ node: { closeDate: options.latestDeal, engageDate: options.latestDeal } }]
    : [];
  const deals = jest.fn(() =>
    options.dealsError ? throwError(() => options.dealsError) : of({ data: { deals: { edges: deal } } }),
  );
  const open = jest.fn(() => ({ afterClosed: () => of(options.dialogResult) }));
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'compensation/pay-periods', component: PayPeriodsPageComponent }]),
      { provide: PayPeriodsGQL, useValue: { fetch } },
      { provide: DealsGQL, useValue: { fetch: deals } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: snack } },
      fiscalCalendarAnswer(options.calendar),
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const harness = await RouterTestingHarness.create(url);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const stable = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  const row = (period: string) => {
    const found = element.querySelector<HTMLElement>(
      `[data-testid="pay-period-row"][data-period="${period}"]`,
    );
    if (!found) throw new Error(`no row for ${period}`);
    return found;
  };
  const text = (scope: ParentNode, testId: string) =>
    scope.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { harness, element, stable, row, text, fetch, open, snack };
}

describe('PayPeriodsPageComponent', () => {
  beforeEach(() => jest.mocked(downloadCsv).mockClear());

  it('should list the fiscal year of the URL as a tree: the year, then each quarter followed by its months', async () => {
    const { element, row, text, fetch } = await setup('/compensation/pay-periods?fy=FY2017');

    expect(fetch).toHaveBeenCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2017' } }));
    const keys = Array.from(element.querySelectorAll('[data-testid="pay-period-key"]')).map(
      (n) => n.textContent,
    );
    expect(keys.slice(0, 6)).toEqual(['FY2017', 'FY2017-Q1', '2017-01', '2017-02', '2017-03', 'FY2017-Q2']);
    expect(keys).toHaveLength(17);
    // `end` is the day after: February 2017 ends on the 28th.
    expect(text(row('2017-02'), 'pay-period-dates')).toBe('Feb 1, 2017 – Feb 28, 2017');
    expect(text(row('FY2017'), 'pay-period-dates')).toBe('Jan 1, 2017 – Dec 31, 2017');
    expect(text(row('FY2017'), 'pay-period-goals')).toBe('40');
    expect(text(element, 'pay-periods-summary')).toContain('Closed: 0 · Ended and still open: 17');
  });

  it('should show a closed period with its lock, when and by whom, and no Close button', async () => {
    const { row, text } = await setup('/compensation/pay-periods?fy=FY2017', { closed: ['FY2017-Q3'] });

    const closed = row('FY2017-Q3');
    expect(closed.querySelector('[data-testid="pay-period-status"]')?.getAttribute('data-status')).toBe(
      'CLOSED',
    );
    expect(closed.querySelector('[data-testid="pay-period-status"] svg')).not.toBeNull();
    expect(text(closed, 'pay-period-status')).toBe('Closed');
    expect(text(closed, 'pay-period-closed')).toMatch(/Jan 15, 2018.*by Sales Ops Admin/);
    expect(closed.querySelector('[data-testid="pay-period-close"]')).toBeNull();
    // Its months stay open, but their goals are locked by the quarter.
    expect(text(row('2017-08'), 'pay-period-locked-by')).toBe('Goals locked by FY2017-Q3');
    expect(row('FY2017').querySelector('[data-testid="pay-period-locked-by"]')).toBeNull();
    // Ended and open: the Close button says it all.
    expect(row('2017-08').querySelector('[data-testid="pay-period-note"]')).toBeNull();
    expect(row('2017-08').querySelector('[data-testid="pay-period-close"]')).not.toBeNull();
  });

  it('should say until when a period runs instead of offering to close it when it has not ended', async () => {
    const year = Number(TODAY.slice(0, 4));
    const { row, text } = await setup(`/compensation/pay-periods?fy=FY${year}`);

    expect(text(row(`FY${year}`), 'pay-period-note')).toBe(`Runs until Dec 31, ${year}`);
    expect(row(`FY${year}`).querySelector('[data-testid="pay-period-close"]')).toBeNull();
    const thisMonth = TODAY.slice(0, 7);
    expect(text(row(thisMonth), 'pay-period-note')).toMatch(/^Runs until \w{3} \d{1,2}, \d{4}$/);
    expect(row(thisMonth).querySelector('[data-testid="pay-period-close"]')).toBeNull();
  });

  it('should say when a future period starts', async () => {
    const year = Number(TODAY.slice(0, 4)) + 1;
    const { row, text } = await setup(`/compensation/pay-periods?fy=FY${year}`);

    expect(text(row(`${year}-03`), 'pay-period-note')).toBe(`Starts Mar 1, ${year}`);
  });

  it('should start on the current fiscal year, by the API, when it has goals, and write it into the URL', async () => {
    // An April fiscal year: the API says today is in FY2027 (April 2026 to March 2027).
    const { fetch, element } = await setup('/compensation/pay-periods', {
      calendar: { startMonth: 4, currentYear: 'FY2027' },
      latestDeal: '2017-12-31',
    });

    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2027' } }));
    expect(TestBed.inject(Router).url).toBe('/compensation/pay-periods?fy=FY2027');
    expect(element.querySelector<HTMLInputElement>('[data-testid="fiscal-year"]')?.value).toBe('FY2027');
    expect(element.querySelector('[data-testid="pay-periods-fallback"]')).toBeNull();
  });

  it('should start on the latest fiscal year with deals, and say so, when the current year has nothing yet', async () => {
    const { fetch, element, stable, text } = await setup('/compensation/pay-periods', {
      calendar: { startMonth: 1, currentYear: 'FY2026' },
      emptyYears: ['FY2026'],
      latestDeal: '2017-12-31',
    });

    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2017' } }));
    expect(TestBed.inject(Router).url).toBe('/compensation/pay-periods?fy=FY2017');
    expect(element.querySelector<HTMLInputElement>('[data-testid="fiscal-year"]')?.value).toBe('FY2017');
    expect(text(element, 'pay-periods-fallback')).toBe(
      'FY2026 has no goals, closed periods or deals yet, so FY2017 is shown: the latest fiscal year with deals.',
    );

    // Once the admin steps to another year the note has nothing more to explain.
    element.querySelector<HTMLButtonElement>('[data-testid="fiscal-year-next"]')?.click();
    await stable();
    expect(element.querySelector('[data-testid="pay-periods-fallback"]')).toBeNull();
  });

  it('should start on the current fiscal year when the latest data cannot be looked up', async () => {
    const { fetch, element } = await setup('/compensation/pay-periods', {
      calendar: { startMonth: 1, currentYear: 'FY2026' },
      emptyYears: ['FY2026'],
      dealsError: new Error('offline'),
    });

    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2026' } }));
    expect(element.querySelector('[data-testid="pay-periods-fallback"]')).toBeNull();
  });

  it('should fall back to calendar years when the fiscal calendar cannot be read', async () => {
    const { fetch } = await setup('/compensation/pay-periods', { calendar: new Error('offline') });
    const current = `FY${new Date().getUTCFullYear()}`;

    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: current } }));
  });

  it('should step to the previous year and load it when the arrow is pressed or a year is typed', async () => {
    const { element, stable, fetch } = await setup('/compensation/pay-periods?fy=FY2017');

    element.querySelector<HTMLButtonElement>('[data-testid="fiscal-year-prev"]')?.click();
    await stable();
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2016' } }));
    expect(element.querySelector<HTMLInputElement>('[data-testid="fiscal-year"]')?.value).toBe('FY2016');
    expect(TestBed.inject(Router).url).toBe('/compensation/pay-periods?fy=FY2016');

    const input = element.querySelector<HTMLInputElement>('[data-testid="fiscal-year"]') as HTMLInputElement;
    input.value = '2015';
    input.dispatchEvent(new Event('input'));
    await stable();
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2015' } }));
  });

  it('should open the confirmation for a closable period and show it closed in place afterwards', async () => {
    const closedRow: PayPeriodRowFragment = {
      ...fiscalYear(2017).find((p) => p.period === '2017-03'),
      status: 'CLOSED',
      closable: false,
      closedAt: '2026-11-27T08:00:00.000Z',
      closedByName: 'Sales Ops Admin',
    } as PayPeriodRowFragment;
    const { row, text, stable, open, snack, fetch } = await setup('/compensation/pay-periods?fy=FY2017', {
      dialogResult: closedRow,
    });

    row('2017-03').querySelector<HTMLButtonElement>('[data-testid="pay-period-close"]')?.click();
    await stable();

    expect(open).toHaveBeenCalledWith(
      ClosePayPeriodDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({ period: expect.objectContaining({ period: '2017-03' }) }),
      }),
    );
    expect(
      row('2017-03').querySelector('[data-testid="pay-period-status"]')?.getAttribute('data-status'),
    ).toBe('CLOSED');
    expect(row('2017-03').querySelector('[data-testid="pay-period-close"]')).toBeNull();
    expect(text(row('2017-03'), 'pay-period-closed')).toContain('by Sales Ops Admin');
    expect(snack).toHaveBeenCalledWith('2017-03 is closed. Goals locked: 3.', undefined, expect.anything());
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should show a banner with retry and a message when the periods cannot be loaded', async () => {
    const { element, text } = await setup('/compensation/pay-periods?fy=FY2017', {
      error: new Error('offline'),
    });

    expect(text(element, 'error-banner')).toContain('server cannot be reached');
    expect(text(element, 'pay-periods-error')).toContain('The pay periods could not be loaded.');
  });

  it('should export the listed periods as CSV with ISO days', async () => {
    const { element } = await setup('/compensation/pay-periods?fy=FY2017', { closed: ['FY2017-Q3'] });

    element.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')?.click();

    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toBe('pay-periods-FY2017.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Period,Type,First day,Last day,Status,Goals inside,Closed at,Closed by,Goals locked by',
    );
    expect(lines).toContain(
      'FY2017-Q3,Quarter,2017-07-01,2017-09-30,Closed,10,2018-01-15T09:30:00.000Z,Sales Ops Admin,',
    );
    expect(lines).toContain('2017-08,Month,2017-08-01,2017-08-31,Open,3,,,FY2017-Q3');
  });
});
