import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DeleteSurveyGQL, SurveyAdminCloseGQL, SurveyAdminPublishGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { SurveyActions } from './survey-actions';
import { row } from './survey-fixtures';

function setup(confirmed: boolean, publish: jest.Mock, deleteSurvey: jest.Mock = jest.fn()) {
  const open = jest.fn(() => ({ afterClosed: () => of(confirmed) }));
  TestBed.configureTestingModule({
    providers: [
      { provide: MatDialog, useValue: { open } },
      { provide: SurveyAdminPublishGQL, useValue: { mutate: publish } },
      { provide: SurveyAdminCloseGQL, useValue: { mutate: jest.fn() } },
      { provide: DeleteSurveyGQL, useValue: { mutate: deleteSurvey } },
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

  it('should delete a draft only after a confirmation that says it goes for good', async () => {
    const deleteSurvey = jest.fn(() => of({ data: { deleteSurvey: true } }));
    const { open, actions } = setup(true, jest.fn(), deleteSurvey);

    await expect(actions.deleteDraft(row({ id: 'd1', title: 'Draft pulse' }))).resolves.toEqual({
      kind: 'deleted',
    });
    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({
          title: 'Delete the draft “Draft pulse”?',
          text: expect.stringContaining('deleted for good'),
          confirmLabel: 'Delete draft',
          danger: true,
        }),
      }),
    );
    expect(deleteSurvey).toHaveBeenCalledWith({ variables: { id: 'd1' } });
  });

  it('should not delete a draft when the confirmation is cancelled', async () => {
    const deleteSurvey = jest.fn();
    const { actions } = setup(false, jest.fn(), deleteSurvey);

    await expect(actions.deleteDraft(row())).resolves.toEqual({ kind: 'cancelled' });
    expect(deleteSurvey).not.toHaveBeenCalled();
  });

  it("should say the draft was not deleted, in the API's words, when it was published meanwhile", async () => {
    const deleteSurvey = jest.fn(() =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'is a published survey: close it instead (its answers are kept)',
                extensions: { code: 'BAD_USER_INPUT', field: 'id' },
              },
            ],
          }),
      ),
    );
    const { actions } = setup(true, jest.fn(), deleteSurvey);

    await expect(actions.deleteDraft(row({ title: 'Draft pulse' }))).resolves.toEqual({
      kind: 'failed',
      messages: [
        'The draft “Draft pulse” was not deleted.',
        'is a published survey: close it instead (its answers are kept)',
      ],
    });
  });
});
