import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AddRepAbsenceGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { AbsenceDialogComponent, type AbsenceDialogData } from './absence-dialog.component';

const DATA: AbsenceDialogData = { repId: 'r1', repName: 'Anna Snelling', today: '2025-03-10' };

function setup(mutate: jest.Mock = jest.fn(() => of({ data: { addAbsence: 'abs-new' } }))) {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: DATA },
      { provide: MatDialogRef, useValue: { close } },
      { provide: AddRepAbsenceGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { mutate, close };
}

async function render() {
  const fixture = TestBed.createComponent(AbsenceDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  const type = async (testId: string, value: string) => {
    input(testId).value = value;
    input(testId).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
  const save = async () => {
    (element.querySelector('[data-testid="absence-save"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    await fixture.whenStable();
  };
  return { input, type, text, save };
}

describe('AbsenceDialogComponent', () => {
  it('should start with today as first and last day', async () => {
    setup();
    const { input } = await render();
    expect(input('absence-start').value).toBe('2025-03-10');
    expect(input('absence-end').value).toBe('2025-03-10');
  });

  it('should refuse a last day before the first, next to the last day, until it is fixed', async () => {
    const { mutate } = setup();
    const { type, text, save } = await render();

    await type('absence-start', '2025-03-12');
    await type('absence-end', '2025-03-11');
    await save();
    expect(text('error-endsOn')).toBe('Must be on or after the first day');
    expect(mutate).not.toHaveBeenCalled();

    await type('absence-start', '2025-03-11');
    await save();
    expect(text('error-endsOn')).toBeFalsy();
    expect(mutate).toHaveBeenCalledWith({
      variables: { input: { repId: 'r1', startsOn: '2025-03-11', endsOn: '2025-03-11', reason: null } },
    });
  });

  it('should send the trimmed reason and close with the new absence id', async () => {
    const { mutate, close } = setup();
    const { type, save } = await render();

    await type('absence-end', '2025-03-14');
    await type('absence-reason', '  Parental leave ');
    await save();

    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: { repId: 'r1', startsOn: '2025-03-10', endsOn: '2025-03-14', reason: 'Parental leave' },
      },
    });
    expect(close).toHaveBeenCalledWith('abs-new');
  });

  it('should show the API field error next to the date it is about', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'is not a real date',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'startsOn', message: 'is not a real date' }],
          },
        },
      ],
    });
    const { close } = setup(jest.fn(() => throwError(() => error)));
    const { text, save } = await render();

    await save();

    expect(text('error-startsOn')).toBe('is not a real date');
    expect(close).not.toHaveBeenCalled();
  });
});
