import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CopyGoalsGQL, SetTeamRepGoalsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import {
  CopyGoalsDialogComponent,
  type CopyGoalsDialogData,
  parsePercent,
} from './copy-goals-dialog.component';
import { buildGridRows, gridFigures, storedTarget } from './goal-grid';
import { goalsCsvColumns } from './goals-csv';
import { TeamTargetDialogComponent, type TeamTargetDialogData } from './team-target-dialog.component';

function setup(data: unknown, gql: { provide: unknown; useValue: unknown }) {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
      gql,
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { close };
}

function fill(element: HTMLElement, testId: string, value: string): void {
  const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  if (!input) throw new Error(`${testId} not found`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function text(element: HTMLElement, testId: string): string {
  return element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('parsePercent', () => {
  it('should read whole percentages from -100 to 1000, with an optional sign or %', () => {
    expect(parsePercent('10')).toBe(10);
    expect(parsePercent('+5 %')).toBe(5);
    expect(parsePercent('-100')).toBe(-100);
    expect(parsePercent('1000')).toBe(1000);
  });

  it('should refuse fractions, words and values out of range', () => {
    for (const text of ['', '2.5', 'ten', '-101', '1001', '--5']) expect(parsePercent(text)).toBeNull();
  });
});

describe('CopyGoalsDialogComponent', () => {
  const data: CopyGoalsDialogData = {
    fromPeriod: 'FY2019-Q3',
    toPeriod: 'FY2019-Q4',
    teamId: 't1',
    teamName: 'East',
  };

  it('should say what the copy does, send it and show how many goals were written and left', async () => {
    const mutate = jest.fn().mockReturnValue(of({ data: { copyGoals: { written: 7, skipped: 2 } } }));
    const changed = jest.fn();
    setup({ ...data, changed }, { provide: CopyGoalsGQL, useValue: { mutate } });
    const fixture = TestBed.createComponent(CopyGoalsDialogComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    fill(element, 'copy-percent', '-5');
    await fixture.whenStable();
    expect(text(element, 'copy-summary')).toBe(
      'Copies every goal of FY2019-Q3 (all metrics) to FY2019-Q4, changed by -5%. Goals already set in FY2019-Q4 stay as they are.',
    );
    element.querySelector<HTMLButtonElement>('[data-testid="copy-apply"]')?.click();
    await fixture.whenStable();

    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: { fromPeriod: 'FY2019-Q3', toPeriod: 'FY2019-Q4', percentChange: -5, teamId: 't1' },
      },
    });
    expect(text(element, 'bulk-result')).toBe(
      'Goals copied to FY2019-Q4: 7. Already set there and left as they were: 2.',
    );
    expect(changed).toHaveBeenCalled();
  });

  it('should refuse a target period of another kind before calling the API', async () => {
    const mutate = jest.fn();
    setup(data, { provide: CopyGoalsGQL, useValue: { mutate } });
    const fixture = TestBed.createComponent(CopyGoalsDialogComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    fill(element, 'copy-to', 'FY2020');
    element.querySelector('[data-testid="copy-to"]')?.dispatchEvent(new Event('blur'));
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="copy-summary"]')).toBeNull();
    expect(element.querySelector<HTMLButtonElement>('[data-testid="copy-apply"]')?.disabled).toBe(true);
    expect(text(element, 'error-toPeriod')).toBe('Must be the same kind of period as FY2019-Q3');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('should show the API message next to the field it names', async () => {
    const mutate = jest.fn().mockReturnValue(
      throwError(() => ({
        errors: [
          {
            message: 'must differ',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [{ field: 'toPeriod', message: 'must differ' }],
            },
          },
        ],
      })),
    );
    setup(data, { provide: CopyGoalsGQL, useValue: { mutate } });
    const fixture = TestBed.createComponent(CopyGoalsDialogComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    element.querySelector<HTMLButtonElement>('[data-testid="copy-apply"]')?.click();
    await fixture.whenStable();

    expect(text(element, 'error-toPeriod')).toBe('must differ');
    expect(element.querySelector('[data-testid="bulk-result"]')).toBeNull();
  });
});

describe('TeamTargetDialogComponent', () => {
  const data: TeamTargetDialogData = {
    period: 'FY2019',
    metric: 'WON_REVENUE',
    currency: 'USD',
    teams: [{ id: 't1', name: "Cara Losch's team", reps: 6 }],
    teamId: null,
  };

  it('should confirm in words, send the canonical target and show the count written', async () => {
    const mutate = jest.fn().mockReturnValue(of({ data: { setTeamRepGoals: { written: 6, skipped: 0 } } }));
    setup(data, { provide: SetTeamRepGoalsGQL, useValue: { mutate } });
    const fixture = TestBed.createComponent(TeamTargetDialogComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    fill(element, 'team-target-value', '120,000.5');
    await fixture.whenStable();
    expect(text(element, 'team-target-summary')).toBe(
      "Each of the 6 active reps directly in Cara Losch's team gets a Won revenue goal of $120,000.50 for FY2019. Goals they already have for it are replaced.",
    );
    element.querySelector<HTMLButtonElement>('[data-testid="team-target-apply"]')?.click();
    await fixture.whenStable();

    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { teamId: 't1', period: 'FY2019', metric: 'WON_REVENUE', target: '120000.50' } },
    });
    expect(text(element, 'bulk-result')).toBe("Goals set for the reps of Cara Losch's team: 6.");
  });

  it('should keep the apply button off while the target is not a valid amount', async () => {
    const mutate = jest.fn();
    setup(data, { provide: SetTeamRepGoalsGQL, useValue: { mutate } });
    const fixture = TestBed.createComponent(TeamTargetDialogComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    fill(element, 'team-target-value', '-10');
    await fixture.whenStable();

    expect(element.querySelector<HTMLButtonElement>('[data-testid="team-target-apply"]')?.disabled).toBe(
      true,
    );
    expect(mutate).not.toHaveBeenCalled();
  });
});

describe('goalsCsvColumns', () => {
  it('should export exact decimal targets, sums and gaps of the stored goals', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    const rows = buildGridRows(
      [{ id: 't1', name: 'East', parentId: null }],
      [{ id: 'r1', name: 'Anna', teamId: 't1' }],
      [
        {
          id: 'g1',
          repId: null,
          teamId: 't1',
          subjectName: 'East',
          periodKey: 'FY2019',
          metric: 'WON_REVENUE',
          target: '1000.50',
          actual: '500.25',
          attainment: 0.5,
          currency: 'USD',
          version: 1,
        },
      ],
    );
    const figures = gridFigures(rows, 'WON_REVENUE', (row) => storedTarget(row, 'WON_REVENUE'));
    const csv = toCsv(
      goalsCsvColumns(i18n, 'FY2019', 'WON_REVENUE', 'USD'),
      rows.map((row) => ({
        row,
        figures: figures.get(row.key) ?? ({} as never),
        parentName: row.parentId ? 'East' : '',
      })),
    );
    expect(csv.split('\r\n')).toEqual([
      "Type,Team / rep,Team,Period,Metric,Target,Actual,Attainment,Reps' goals,Not given to reps,Reps without goal,Currency",
      'Team,East,,FY2019,Won revenue,1000.50,500.25,0.5,0.00,1000.50,1,USD',
      'Rep,Anna,East,FY2019,Won revenue,,,,,,,USD',
      '',
    ]);
  });
});
