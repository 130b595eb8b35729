import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ForecastGoalSuggestionsGQL, SetGoalsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { type Suggestion } from './suggestion-accept';
import { SuggestionsPanelComponent } from './suggestions-panel.component';

const ROW: Suggestion = {
  subjectId: 'r1',
  subjectKind: 'REP',
  subjectName: 'Darcel Schlecht',
  parentId: 't1',
  method: 'HOLT',
  point: '100000.00',
  p10: '80000.00',
  p25: '90000.00',
  p50: '100000.00',
  p90: '120000.00',
  suggestedTarget: '100000',
  existingGoal: '200000.00',
  existingGoalVersion: 4,
  flag: 'ABOVE_P90',
  note: null,
  notes: [],
};
const WITHIN: Suggestion = {
  ...ROW,
  subjectId: 'r2',
  subjectName: 'Gladys Colclough',
  flag: 'WITHIN',
  existingGoal: '95000.00',
  existingGoalVersion: 2,
};

function setup() {
  const fetch = jest.fn((options: { variables: { percentile: number } }) =>
    of({
      data: {
        forecastGoalSuggestions: {
          asOf: '2018-01-01',
          period: 'FY2018-Q1',
          metric: 'WON_REVENUE',
          currency: 'USD',
          percentile: options.variables.percentile,
          rows: [ROW, WITHIN],
        },
      },
    }),
  );
  const mutate = jest.fn(() => of({ data: { setGoals: [] } }));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: ForecastGoalSuggestionsGQL, useValue: { fetch } },
      { provide: SetGoalsGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(SuggestionsPanelComponent);
  fixture.componentRef.setInput('period', 'FY2018-Q1');
  fixture.componentRef.setInput('metric', 'WON_REVENUE');
  fixture.componentRef.setInput('asOf', '2018-01-01');
  return { fixture, fetch, mutate, element: fixture.nativeElement as HTMLElement };
}

// The first render loads Material and the page's chunk graph: slow on a busy machine, not a hang.
jest.setTimeout(30_000);

describe('SuggestionsPanelComponent', () => {
  it('should flag goals above the P90 and tick only the rows that need a decision', async () => {
    const { fixture, element } = setup();
    await fixture.whenStable();
    const flags = Array.from(element.querySelectorAll('[data-testid="suggest-flag"]')).map((f) =>
      f.textContent?.trim(),
    );
    expect(flags).toEqual(['Above P90: unrealistic', 'Within reach']);
    expect(element.querySelector('[data-testid="suggest-accept"]')?.textContent).toContain(
      'Accept 1 as goals',
    );
  });

  it('should ask again at another percentile', async () => {
    const { fixture, fetch, element } = setup();
    await fixture.whenStable();
    const input = element.querySelector<HTMLInputElement>(
      '[data-testid="suggest-percentile"]',
    ) as HTMLInputElement;
    input.value = '60';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fetch).toHaveBeenLastCalledWith({
      variables: {
        period: 'FY2018-Q1',
        metric: 'WON_REVENUE',
        percentile: 60,
        teamId: null,
        asOf: '2018-01-01',
      },
      fetchPolicy: 'network-only',
    });
  });

  it('should store the ticked rows with their edited target and the version read', async () => {
    const { fixture, mutate, element } = setup();
    await fixture.whenStable();
    const target = element.querySelectorAll<HTMLInputElement>('[data-testid="suggest-target"]')[0];
    target.value = '110,000';
    target.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="suggest-accept"]')?.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: {
          goals: [
            { period: 'FY2018-Q1', metric: 'WON_REVENUE', target: '110000', expectedVersion: 4, repId: 'r1' },
          ],
        },
      },
    });
    expect(element.querySelector('[data-testid="suggest-saved"]')?.textContent).toContain(
      'Saved as goals for FY2018-Q1: 1.',
    );
  });
});
