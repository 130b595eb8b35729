import { TestBed } from '@angular/core/testing';
import { ForecastCallsGQL, SubmitForecastCallGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { type CallStanding } from './calls-model';
import { CallsPanelComponent } from './calls-panel.component';

function standing(overrides: Partial<CallStanding>): CallStanding {
  return {
    subjectId: 'r1',
    subjectKind: 'REP',
    subjectName: 'Darcel Schlecht',
    parentId: 't1',
    commit: '100000.00',
    bestCase: '120000.00',
    commitLastWeek: '90000.00',
    repCommitSum: null,
    repBestCaseSum: null,
    goal: '150000.00',
    callBias: -0.12,
    callsScored: 3,
    submission: null,
    adjustment: null,
    ...overrides,
  };
}

const ROWS = [
  standing({}),
  standing({
    subjectId: 't1',
    subjectKind: 'TEAM',
    subjectName: 'West',
    parentId: null,
    repCommitSum: '100000.00',
    callsScored: 0,
  }),
];

function setup(mutate = jest.fn(() => of({ data: { submitForecastCall: { id: 'c1' } } }))) {
  const fetch = jest.fn(() =>
    of({
      data: { forecastCalls: { period: 'FY2018-Q1', metric: 'WON_REVENUE', currency: 'USD', rows: ROWS } },
    }),
  );
  TestBed.configureTestingModule({
    providers: [
      { provide: ForecastCallsGQL, useValue: { fetch } },
      { provide: SubmitForecastCallGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(CallsPanelComponent);
  fixture.componentRef.setInput('period', 'FY2018-Q1');
  fixture.componentRef.setInput('metric', 'WON_REVENUE');
  fixture.componentRef.setInput('teamId', 't1');
  return { fixture, fetch, mutate, element: fixture.nativeElement as HTMLElement };
}

const type = (input: HTMLInputElement | null, value: string) => {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

// The first render loads Material and the page's chunk graph: slow on a busy machine, not a hang.
jest.setTimeout(30_000);

describe('CallsPanelComponent', () => {
  it('should list the team above its reps with the weekly change, the gap to goal and the record', async () => {
    const { fixture, fetch, element } = setup();
    await fixture.whenStable();
    expect(fetch).toHaveBeenCalledWith({
      variables: { period: 'FY2018-Q1', metric: 'WON_REVENUE', teamId: 't1' },
      fetchPolicy: 'network-only',
    });
    const rows = Array.from(element.querySelectorAll('[data-testid="call-row"]'));
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['TEAM', 'REP']);
    const rep = rows[1].textContent?.replace(/\s+/g, ' ') ?? '';
    expect(rep).toContain('+$10,000');
    expect(rep).toContain('$50,000');
    expect(rep).toContain('−12%');
    expect(rows[0].textContent).toContain('No record yet');
  });

  it('should adjust a report’s call only with a note, and send it as a call for the rep', async () => {
    const { fixture, element, mutate } = setup();
    await fixture.whenStable();
    const repRow = element.querySelectorAll('[data-testid="call-row"]')[1];
    repRow.querySelector<HTMLButtonElement>('[data-testid="call-edit"]')?.click();
    await fixture.whenStable();
    type(element.querySelector('[data-testid="call-commit"]'), '80,000');
    element.querySelector<HTMLButtonElement>('[data-testid="call-submit"]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="call-invalid"]')?.textContent).toContain('Say why');
    expect(mutate).not.toHaveBeenCalled();

    type(element.querySelector('[data-testid="call-note"]'), 'Deal slipped to Q2');
    element.querySelector<HTMLButtonElement>('[data-testid="call-submit"]')?.click();
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: {
          period: 'FY2018-Q1',
          metric: 'WON_REVENUE',
          commit: '80000',
          bestCase: '120000',
          repId: 'r1',
          note: 'Deal slipped to Q2',
        },
      },
    });
    expect(element.querySelector('[data-testid="call-editor"]')).toBeNull();
  });

  it('should keep the form and show the API’s refusal when the call is not saved', async () => {
    const refused = jest.fn(() => throwError(() => new Error('nope')));
    const { fixture, element } = setup(refused);
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="call-edit"]')?.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="call-submit"]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="error-banner"]')?.textContent).toContain(
      'The call was not saved.',
    );
    expect(element.querySelector('[data-testid="call-editor"]')).not.toBeNull();
  });
});
