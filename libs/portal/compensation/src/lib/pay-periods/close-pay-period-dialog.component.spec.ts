import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ClosePayPeriodGQL, type PayPeriodRowFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import {
  ClosePayPeriodDialogComponent,
  type ClosePayPeriodDialogData,
} from './close-pay-period-dialog.component';

const QUARTER: PayPeriodRowFragment = {
  period: 'FY2017-Q3',
  type: 'QUARTER',
  start: '2017-07-01',
  end: '2017-10-01',
  status: 'OPEN',
  closedAt: null,
  closedByName: null,
  closable: true,
  goalCount: 12,
};

function apiError(code: string, message: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, field: 'period' } }] });
}

async function render(period: PayPeriodRowFragment, error?: unknown) {
  const closed = { ...period, status: 'CLOSED', closable: false, closedAt: '2026-11-27T08:00:00.000Z' };
  const mutate = jest.fn(() => (error ? throwError(() => error) : of({ data: { closePayPeriod: closed } })));
  const close = jest.fn();
  const stale = jest.fn();
  const data: ClosePayPeriodDialogData = { period, stale };
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
      { provide: ClosePayPeriodGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(ClosePayPeriodDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const get = (testId: string) =>
    element.querySelector<HTMLElement>(`[data-testid="${testId}"]`) as HTMLElement;
  const text = (testId: string) => get(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const tick = async () => {
    get('close-understood').querySelector('input')?.click();
    await settle();
  };
  const confirm = async () => {
    get('close-confirm').click();
    await settle();
  };
  return { element, get, text, tick, confirm, mutate, close, stale, closed };
}

describe('ClosePayPeriodDialogComponent', () => {
  it('should say plainly that closing is final, when the period runs and how many goals it locks', async () => {
    const { element, text } = await render(QUARTER);

    expect(text('close-final')).toBe(
      'This is final and cannot be undone: a closed pay period can never be reopened.',
    );
    expect(text('close-dates')).toBe('FY2017-Q3 runs from Jul 1, 2017 to Sep 30, 2017.');
    expect(text('close-goals')).toBe(
      '12 goals lie wholly inside it and will be locked: nobody can change them afterwards.',
    );
    expect(element.textContent).toContain('the goals of its months and of the weeks wholly inside it');
    expect(element.textContent).toContain('Corrections after closing go into a later, open period.');
  });

  it('should word a single goal and no goal at all', async () => {
    const one = await render({ ...QUARTER, period: '2016-02', type: 'MONTH', goalCount: 1 });
    expect(one.text('close-goals')).toBe(
      '1 goal lies wholly inside it and will be locked: nobody can change it afterwards.',
    );
    TestBed.resetTestingModule();
    const none = await render({ ...QUARTER, goalCount: 0 });
    expect(none.text('close-goals')).toBe(
      'No goals lie inside it yet. Once it is closed, none can be set for it.',
    );
  });

  it('should close the period only after the admin ticks that it cannot be undone', async () => {
    const { get, tick, confirm, mutate, close, closed } = await render(QUARTER);

    expect((get('close-confirm') as HTMLButtonElement).disabled).toBe(true);
    await confirm();
    expect(mutate).not.toHaveBeenCalled();

    await tick();
    expect((get('close-confirm') as HTMLButtonElement).disabled).toBe(false);
    expect(get('close-confirm').textContent?.trim()).toBe('Close FY2017-Q3');
    await confirm();

    expect(mutate).toHaveBeenCalledWith({ variables: { input: { period: 'FY2017-Q3' } } });
    expect(close).toHaveBeenCalledWith(closed);
  });

  it('should show the API refusal in the dialog and stay open when the period has not ended', async () => {
    const { text, tick, confirm, close, stale } = await render(
      QUARTER,
      apiError(
        'BAD_USER_INPUT',
        'FY2017-Q3 has not ended yet (its last day is 2017-09-30); close it once it has',
      ),
    );

    await tick();
    await confirm();

    expect(text('error-banner')).toContain('has not ended yet');
    expect(close).not.toHaveBeenCalled();
    expect(stale).not.toHaveBeenCalled();
  });

  it('should tell the page to reload when someone else closed the period meanwhile', async () => {
    const { get, text, tick, confirm, close, stale } = await render(
      QUARTER,
      apiError('CONFLICT', 'FY2017-Q3 is closed already'),
    );

    await tick();
    await confirm();

    expect(text('error-banner')).toContain('FY2017-Q3 is closed already');
    expect(stale).toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
    // Nothing is left to confirm.
    expect((get('close-confirm') as HTMLButtonElement).disabled).toBe(true);
  });
});
