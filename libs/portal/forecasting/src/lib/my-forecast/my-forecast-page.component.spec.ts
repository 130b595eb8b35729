import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  FiscalCalendarService,
  ForecastCallHistoryGQL,
  ForecastCallsGQL,
  ForecastGQL,
  ForecastLatestWinGQL,
  ForecastSnapshotsGQL,
  SubmitForecastCallGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { forecastResult } from '../forecast/forecast-fixtures';
import { MyForecastPageComponent } from './my-forecast-page.component';

const CALL = {
  id: 'c1',
  kind: 'ADJUSTMENT',
  subjectId: 'r1',
  subjectKind: 'REP',
  subjectName: 'Darcel Schlecht',
  period: 'FY2018-Q1',
  metric: 'WON_REVENUE',
  commit: '90000.00',
  bestCase: '120000.00',
  note: 'Slipped',
  submittedAt: '2018-01-03T10:00:00Z',
  submittedBy: 'Melvin Marxen',
};

function setup(snapshots: unknown[] = []) {
  const mutate = jest.fn(() => of({ data: { submitForecastCall: CALL } }));
  const standing = {
    subjectId: 'r1',
    subjectKind: 'REP',
    subjectName: 'Darcel Schlecht',
    parentId: 't1',
    commit: '90000.00',
    bestCase: '120000.00',
    commitLastWeek: null,
    repCommitSum: null,
    repBestCaseSum: null,
    goal: '150000.00',
    callBias: -0.2,
    callsScored: 2,
    submission: {
      ...CALL,
      id: 'c0',
      kind: 'SUBMISSION',
      commit: '100000.00',
      submittedBy: 'Darcel Schlecht',
      note: null,
    },
    adjustment: CALL,
  };
  TestBed.configureTestingModule({
    providers: [
      { provide: ForecastGQL, useValue: { fetch: () => of({ data: { forecast: forecastResult() } }) } },
      {
        provide: ForecastCallsGQL,
        useValue: { fetch: () => of({ data: { forecastCalls: { currency: 'USD', rows: [standing] } } }) },
      },
      {
        provide: ForecastCallHistoryGQL,
        useValue: { fetch: () => of({ data: { forecastCallHistory: [CALL] } }) },
      },
      {
        provide: ForecastSnapshotsGQL,
        useValue: {
          fetch: () => of({ data: { forecastSnapshots: { accuracy: snapshots, snapshots: [] } } }),
        },
      },
      {
        provide: ForecastLatestWinGQL,
        useValue: {
          fetch: () => of({ data: { deals: { edges: [{ node: { id: 'd', closeDate: '2017-12-20' } }] } } }),
        },
      },
      { provide: SubmitForecastCallGQL, useValue: { mutate } },
      {
        provide: FiscalCalendarService,
        useValue: { calendar: signal({ startMonth: 1, currentYear: 'FY2026' }) },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(MyForecastPageComponent);
  return { fixture, mutate, element: fixture.nativeElement as HTMLElement };
}

const text = (root: HTMLElement, id: string) =>
  root.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// The first render loads Material and the page's chunk graph: slow on a busy machine, not a hang.
jest.setTimeout(30_000);

describe('MyForecastPageComponent', () => {
  it('should show the models’ expectation, the call in force, a manager’s adjustment and my record', async () => {
    const { fixture, element } = setup();
    await fixture.whenStable();
    expect(text(element, 'my-call')).toContain('My call for FY2018-Q1');
    expect(text(element, 'my-guide')).toBe(
      'The models expect $330,000 (Holt (trend)). 8 in 10 outcomes fall between $270,000 and $390,000.',
    );
    expect(text(element, 'my-in-force')).toBe('In force: commit $90,000, best case $120,000 · goal $150,000');
    expect(text(element, 'my-adjusted')).toBe('Melvin Marxen adjusted your commit to $90,000 — “Slipped”');
    expect(text(element, 'my-record')).toContain('−20% off what you won, over 2 periods');
    expect(element.querySelectorAll('[data-testid="my-call-row"]')).toHaveLength(1);
    expect(text(element, 'my-accuracy-empty')).toContain('No saved forecast of yours has been scored yet');
  });

  it('should submit my own call without naming me', async () => {
    const { fixture, element, mutate } = setup();
    await fixture.whenStable();
    const commit = element.querySelector<HTMLInputElement>('[data-testid="call-commit"]') as HTMLInputElement;
    expect(commit.value).toBe('100000');
    commit.value = '105000';
    commit.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="call-submit"]')?.click();
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: { period: 'FY2018-Q1', metric: 'WON_REVENUE', commit: '105000', bestCase: '120000' },
      },
    });
  });
});
