import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  AdjustPayoutGQL,
  CompPlansGQL,
  FiscalCalendarService,
  PayoutLineDealsGQL,
  PayoutStatementGQL,
  PayoutStatementsGQL,
  PayPeriodsGQL,
  RaisePayoutDisputeGQL,
  SessionStore,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import * as ui from '@salesops/portal/ui';
import { of } from 'rxjs';

import { myPlan } from '../plans/plan-fixtures';
import { FY2017_PERIODS, line, STATEMENT } from './statement-fixtures';
import { StatementsPageComponent } from './statements-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const SECOND = {
  ...STATEMENT,
  repId: 'r2',
  repName: 'Boris Faz',
  total: '0.01',
  totalMinor: '1',
  status: 'LIVE' as const,
  openDisputes: 2,
};

function setup(role: 'ADMIN' | 'MANAGER', adjust = jest.fn()) {
  const listFetch = jest.fn(() => of({ data: { payoutStatements: [STATEMENT, SECOND] } }));
  const statementFetch = jest.fn(() => of({ data: { payoutStatement: { ...STATEMENT, status: 'LIVE' } } }));
  TestBed.configureTestingModule({
    providers: [
      provideRouter(
        [{ path: 'compensation', component: StatementsPageComponent }],
        withComponentInputBinding(),
      ),
      { provide: PayoutStatementsGQL, useValue: { fetch: listFetch } },
      { provide: PayoutStatementGQL, useValue: { fetch: statementFetch } },
      {
        provide: CompPlansGQL,
        useValue: {
          fetch: () => of({ data: { compPlans: [{ id: 'p1', name: 'AE', versions: [myPlan().version] }] } }),
        },
      },
      { provide: PayPeriodsGQL, useValue: { fetch: () => of({ data: { payPeriods: FY2017_PERIODS } }) } },
      { provide: PayoutLineDealsGQL, useValue: { fetch: jest.fn() } },
      { provide: RaisePayoutDisputeGQL, useValue: { mutate: jest.fn() } },
      { provide: AdjustPayoutGQL, useValue: { mutate: adjust } },
      {
        provide: FiscalCalendarService,
        useValue: { calendar: signal({ startMonth: 1, currentYear: 'FY2026' }) },
      },
      { provide: SessionStore, useValue: { role: signal(role) } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { listFetch, statementFetch };
}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, StatementsPageComponent);
  await harness.fixture.whenStable();
  return { harness, element: harness.routeNativeElement as HTMLElement };
}

const text = (root: Element, id: string) =>
  root.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('StatementsPageComponent', () => {
  it('should list the statements of the last closed period of the plan year with exact totals', async () => {
    const { listFetch } = setup('MANAGER');
    const { element } = await open('/compensation');
    expect(listFetch).toHaveBeenCalledWith({
      variables: { period: 'FY2017-Q1' },
      fetchPolicy: 'network-only',
    });
    const rows = element.querySelectorAll('[data-testid="statement-row"]');
    expect(rows).toHaveLength(2);
    expect(text(rows[1], 'statement-rep')).toBe('Boris Faz');
    expect(text(rows[1], 'statement-row-status')).toBe('Live');
    expect(text(element, 'statements-summary')).toBe('2 statements · total $11,250.01');
  });

  it('should export the rows for payroll', async () => {
    setup('MANAGER');
    const { element } = await open('/compensation?period=FY2017-Q1');
    element.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')?.click();
    const download = ui.downloadCsv as jest.Mock;
    expect(download).toHaveBeenCalledTimes(1);
    expect(download.mock.calls[0][0]).toBe('payouts-FY2017-Q1.csv');
    expect(download.mock.calls[0][1]).toContain('r2,Boris Faz,FY2017-Q1,Live,USD,0.01,1');
  });

  it('should open one statement with the rep view, and no adjustment form for a manager', async () => {
    const { statementFetch } = setup('MANAGER');
    const { element } = await open('/compensation?period=FY2017-Q1&rep=r1');
    expect(statementFetch).toHaveBeenCalledWith({
      variables: { repId: 'r1', period: 'FY2017-Q1' },
      fetchPolicy: 'network-only',
    });
    expect(element.querySelectorAll('[data-testid="statement-line"]')).toHaveLength(3);
    expect(element.querySelector('[data-testid="line-question"]')).toBeNull();
    expect(element.querySelector('[data-testid="adjust-form"]')).toBeNull();
  });

  it('should book an adjustment on the live statement when an admin fills the form', async () => {
    const adjusted = {
      ...STATEMENT,
      status: 'LIVE' as const,
      lines: [
        ...STATEMENT.lines,
        line({
          key: 'adj-2',
          kind: 'ADJUSTMENT',
          label: 'Adjustment',
          amount: '-120.50',
          reason: 'Reversed deal',
        }),
      ],
    };
    const adjust = jest.fn(() => of({ data: { adjustPayout: adjusted } }));
    setup('ADMIN', adjust);
    const { harness, element } = await open('/compensation?period=FY2017-Q1&rep=r1');
    const type = (id: string, value: string) => {
      const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${id}"]`);
      if (!field) throw new Error(id);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    element.querySelector<HTMLButtonElement>('[data-testid="adjust-submit"]')?.click();
    await harness.fixture.whenStable();
    expect(adjust).not.toHaveBeenCalled();
    expect(text(element, 'adjust-form')).toContain('Enter an amount such as 120.50');

    type('adjust-amount', '-120.50');
    type('adjust-reason', 'Reversed deal');
    await harness.fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="adjust-submit"]')?.click();
    await harness.fixture.whenStable();
    expect(adjust).toHaveBeenCalledWith({
      variables: {
        input: {
          repId: 'r1',
          kind: 'ADJUSTMENT',
          amount: '-120.50',
          reason: 'Reversed deal',
          period: 'FY2017-Q1',
        },
      },
    });
    expect(element.querySelectorAll('[data-testid="statement-line"]')).toHaveLength(4);
  });
});
