import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SurveyAdminNewWaveGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { NewWaveDialogComponent } from './new-wave-dialog.component';
import { row } from './survey-fixtures';
import { fromLocalInput } from './survey-model';

function setup(mutate: jest.Mock) {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: { survey: row({ status: 'CLOSED', wave: 2 }) } },
      { provide: MatDialogRef, useValue: { close } },
      { provide: SurveyAdminNewWaveGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { close };
}

async function render() {
  const fixture = TestBed.createComponent(NewWaveDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  const type = async (testId: string, value: string) => {
    input(testId).value = value;
    input(testId).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    (element.querySelector('[data-testid="wave-save"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    await fixture.whenStable();
  };
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';
  return { element, input, type, save, text };
}

describe('NewWaveDialogComponent', () => {
  it('should propose the next wave from now, as long as the last one, and create it', async () => {
    const created = row({ id: 'w3', wave: 3 });
    const mutate = jest.fn(() => of({ data: { newSurveyWave: created } }));
    const { close } = setup(mutate);
    const { element, input, type, save } = await render();

    expect(element.textContent).toContain('New wave (wave 3)');
    const opens = new Date(fromLocalInput(input('wave-opens-at').value) as string);
    const closes = new Date(fromLocalInput(input('wave-closes-at').value) as string);
    expect(closes.getTime() - opens.getTime()).toBe(14 * 24 * 3600 * 1000);

    await type('wave-opens-at', '2027-01-04T09:00');
    await type('wave-closes-at', '2027-01-18T17:00');
    await save();
    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: {
          fromSurveyId: 's1',
          opensAt: new Date(2027, 0, 4, 9, 0).toISOString(),
          closesAt: new Date(2027, 0, 18, 17, 0).toISOString(),
        },
      },
    });
    expect(close).toHaveBeenCalledWith(created);
  });

  it('should refuse a close before the opening, and show the API’s message on its field', async () => {
    const mutate = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'closesAt: must be after opensAt',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'closesAt',
                  fieldErrors: [{ field: 'closesAt', message: 'must be after opensAt' }],
                },
              },
            ],
          }),
      ),
    );
    const { close } = setup(mutate);
    const { type, save, text } = await render();

    await type('wave-opens-at', '2027-01-04T09:00');
    await type('wave-closes-at', '2027-01-03T09:00');
    await save();
    expect(mutate).not.toHaveBeenCalled();
    expect(text('error-wave-closesAt')).toBe('Must be after the opening time');

    await type('wave-closes-at', '2027-01-05T09:00');
    await save();
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(text('error-wave-closesAt')).toBe('must be after opensAt');
    expect(close).not.toHaveBeenCalled();
  });
});
