import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MatDialog } from '@angular/material/dialog';
import { SurveyAdminCloseGQL, SurveyAdminPublishGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';
import { SurveyActions } from './survey-actions';
import { row } from './survey-fixtures';

function setup(confirmed: boolean, publish: jest.Mock) {
  const open = jest.fn(() => ({ afterClosed: () => of(confirmed) }));
  TestBed.configureTestingModule({
    providers: [
      { provide: MatDialog, useValue: { open } },
      { provide: SurveyAdminPublishGQL, useValue: { mutate: publish } },
      { provide: SurveyAdminCloseGQL, useValue: { mutate: jest.fn() } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { open, actions: TestBed.inject(SurveyActions) };
}

describe('SurveyActions', () => {
  it('should warn that the questions can no longer change before publishing', async () => {
    const published = row({ status: 'OPEN', version: 2 });
    const publish = jest.fn(() => of({ data: { publishSurvey: published } }));
    const { open, actions } = setup(true, publish);

    await expect(actions.publish(row())).resolves.toEqual({ kind: 'done', survey: published });
    const data = (open.mock.calls[0] as unknown[])[1] as { data: { text: string } };
    expect(data.data.text).toContain('the questions can no longer change');
    expect(publish).toHaveBeenCalledWith({ variables: { input: { id: 's1', expectedVersion: 1 } } });
  });

  it('should do nothing when the confirmation is cancelled', async () => {
    const publish = jest.fn();
    const { actions } = setup(false, publish);
    await expect(actions.publish(row())).resolves.toEqual({ kind: 'cancelled' });
    expect(publish).not.toHaveBeenCalled();
  });

  it('should name the field the API refused, in words', async () => {
    const publish = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'closesAt: is in the past: move it before publishing',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'closesAt',
                  fieldErrors: [{ field: 'closesAt', message: 'is in the past: move it before publishing' }],
                },
              },
            ],
          }),
      ),
    );
    const { actions } = setup(true, publish);
    await expect(actions.publish(row())).resolves.toEqual({
      kind: 'failed',
      messages: ['Some fields need your attention.', 'Closes: is in the past: move it before publishing'],
    });
  });
});
