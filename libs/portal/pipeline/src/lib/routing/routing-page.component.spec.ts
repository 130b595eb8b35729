import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  RemoveRepAbsenceGQL,
  RoutingDecisionsGQL,
  RoutingRepTeamsGQL,
  type RoutingRuleRowFragment,
  RoutingRulesGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent, downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { RoutingPageComponent } from './routing-page.component';
import { RoutingRuleDialogComponent } from './routing-rule-dialog.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const RULES: RoutingRuleRowFragment[] = [
  {
    repId: 'r1',
    repName: 'Anna Snelling',
    repActive: true,
    weight: 3,
    capacityPerMonth: 10,
    routedThisMonth: 5,
    absences: [{ id: 'abs1', startsOn: '2099-01-02', endsOn: '2099-01-05', reason: 'Leave' }],
  },
  {
    repId: 'r2',
    repName: 'Boris Faz',
    repActive: true,
    weight: 1,
    capacityPerMonth: null,
    routedThisMonth: 2,
    absences: [],
  },
  {
    repId: 'r3',
    repName: 'Carl Lin',
    repActive: false,
    weight: 1,
    capacityPerMonth: null,
    routedThisMonth: 0,
    absences: [],
  },
];

const TEAMS = {
  reps: {
    pageInfo: { endCursor: null, hasNextPage: false },
    edges: [
      { node: { id: 'r1', team: { id: 't1', name: 'East' } } },
      { node: { id: 'r2', team: { id: 't2', name: 'West' } } },
    ],
  },
};

interface Options {
  readonly rules?: RoutingRuleRowFragment[];
  readonly rulesError?: unknown;
  readonly dialogResult?: unknown;
}

function setup(options: Options = {}) {
  const rulesFetch = jest.fn(() =>
    options.rulesError
      ? throwError(() => options.rulesError)
      : of({ data: { routingRules: options.rules ?? RULES } }),
  );
  const decisionsFetch = jest.fn(() => of({ data: { routingDecisions: [] } }));
  const removeMutate = jest.fn(() => of({ data: { removeAbsence: true } }));
  const open = jest.fn(() => ({ afterClosed: () => of(options.dialogResult) }));
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: RoutingRulesGQL, useValue: { fetch: rulesFetch } },
      { provide: RoutingRepTeamsGQL, useValue: { fetch: jest.fn(() => of({ data: TEAMS })) } },
      { provide: RoutingDecisionsGQL, useValue: { fetch: decisionsFetch } },
      { provide: RemoveRepAbsenceGQL, useValue: { mutate: removeMutate } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: snack } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { rulesFetch, decisionsFetch, removeMutate, open, snack };
}

async function render() {
  const fixture = TestBed.createComponent(RoutingPageComponent);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string) => all(testId).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  return { fixture, element, all, text };
}

describe('RoutingPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(downloadCsv).mockClear();
  });

  it('should list every rep with their team, weight, share of leads, cap, load and absences', async () => {
    setup();
    const { text, all } = await render();

    expect(text('routing-rep')).toEqual(['Anna Snelling', 'Boris Faz', 'Carl Lin']);
    expect(text('routing-weight')).toEqual(['3', '1', '1']);
    // Carl is inactive: the share is among Anna (3) and Boris (1) only.
    expect(text('routing-share')).toEqual(['75%', '25%', '—']);
    expect(text('routing-cap')).toEqual(['10', 'No cap', 'No cap']);
    expect(text('routing-load')).toEqual(['5', '2', '0']);
    // Only a capped rep gets the bar: half of the cap is used.
    expect(all('routing-load-bar').map((bar) => bar.getAttribute('aria-valuenow'))).toEqual(['50']);
    expect(text('routing-status')).toEqual(['Active', 'Active', 'Inactive']);
    expect(text('routing-team')).toEqual(['East', 'West', '']);
    expect(text('absence-chip')).toHaveLength(1);
    expect(text('absence-chip')[0]).toMatch(/^Jan 2, 2099 – Jan 5, 2099\s*Leave$/);
    expect(text('routing-in-routing')[0]).toContain('2');
  });

  it('should narrow the table to the reps whose name matches the search', async () => {
    setup();
    const { fixture, element, text } = await render();

    const search = element.querySelector<HTMLInputElement>(
      '[data-testid="routing-search"]',
    ) as HTMLInputElement;
    search.value = 'bor';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('routing-rep')).toEqual(['Boris Faz']);

    search.value = 'nobody here';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('routing-empty')).toEqual(['Nothing matches your search.']);
  });

  it('should say so when there are no reps at all', async () => {
    setup({ rules: [] });
    const { text, element } = await render();
    expect(text('routing-empty')[0]).toContain('No reps yet');
    expect(element.querySelector('[data-testid="export-csv"]')?.hasAttribute('disabled')).toBe(true);
  });

  it('should show the error with a retry when the rules cannot be loaded', async () => {
    const { rulesFetch } = setup({
      rulesError: new CombinedGraphQLErrors({
        errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    const { fixture, text, element } = await render();

    expect(text('error-banner')[0]).toContain('You are not allowed to do this.');
    expect(text('routing-error')[0]).toContain('could not be loaded');
    (element.querySelector('[data-testid="routing-error"] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(rulesFetch).toHaveBeenCalledTimes(2);
  });

  it('should open the rule dialog with the weight of the other reps and reload after a save', async () => {
    const { open, rulesFetch, snack } = setup({ dialogResult: { weight: 2, capacityPerMonth: null } });
    const { fixture, all } = await render();

    all('routing-edit')[1].click();
    await fixture.whenStable();

    expect(open).toHaveBeenCalledWith(
      RoutingRuleDialogComponent,
      expect.objectContaining({ data: { rule: RULES[1], othersWeight: 3 } }),
    );
    expect(rulesFetch).toHaveBeenCalledTimes(2);
    expect(snack).toHaveBeenCalledWith('Routing rule saved.', undefined, expect.anything());
  });

  it('should remove an absence only once confirmed', async () => {
    const confirmed = setup({ dialogResult: true });
    const page = await render();

    page.all('absence-remove')[0].click();
    await page.fixture.whenStable();

    expect(confirmed.open).toHaveBeenCalledWith(ConfirmDialogComponent, expect.anything());
    const data = (confirmed.open.mock.calls[0] as unknown[])[1] as { data: { text: string } };
    expect(data.data.text).toContain('Anna Snelling');
    expect(confirmed.removeMutate).toHaveBeenCalledWith({ variables: { id: 'abs1' } });
    expect(confirmed.rulesFetch).toHaveBeenCalledTimes(2);
  });

  it('should keep the absence when the confirmation is cancelled', async () => {
    const cancelled = setup({ dialogResult: false });
    const page = await render();

    page.all('absence-remove')[0].click();
    await page.fixture.whenStable();

    expect(cancelled.removeMutate).not.toHaveBeenCalled();
    expect(cancelled.rulesFetch).toHaveBeenCalledTimes(1);
  });

  it('should export the rows shown as CSV', async () => {
    setup();
    const { element } = await render();

    (element.querySelector('[data-testid="export-csv"]') as HTMLButtonElement).click();

    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toMatch(/^routing-rules-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.split('\r\n')[1]).toBe('Anna Snelling,East,Active,3,75.0,10,5,2099-01-02/2099-01-05 (Leave)');
  });

  it('should show the decisions of a rep when asked from their row', async () => {
    const { decisionsFetch } = setup();
    const { fixture, all } = await render();

    all('routing-show-decisions')[1].click();
    await fixture.whenStable();

    expect(decisionsFetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { repId: 'r2', dealExternalId: null, first: 21, offset: 0 } }),
    );
  });
});
