import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { shownErrors } from './error-messages';

describe('shownErrors', () => {
  let i18n: I18nService;

  beforeEach(() => {
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should put field errors next to the fields and leave the banner empty when every field is on the form', () => {
    const error = {
      errors: [
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email', message: 'taken' }] },
        },
      ],
    };
    expect(shownErrors(error, i18n, ['email'])).toEqual({ fields: { email: 'taken' }, banner: [] });
  });

  it('should show a translated banner when the error has no field', () => {
    const error = { errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] };
    expect(shownErrors(error, i18n).banner).toEqual(['You are not allowed to do this.']);
  });

  it('should read the GraphQL body of an HTTP 503 and say the server is briefly unavailable', () => {
    const error = new HttpErrorResponse({
      status: 503,
      error: {
        errors: [
          { message: 'The database is unavailable right now', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      },
    });
    expect(shownErrors(error, i18n).banner).toEqual([
      'The server is briefly unavailable. Nothing was lost; try again in a few seconds.',
    ]);
  });

  it('should say the server cannot be reached when there is no GraphQL answer', async () => {
    await i18n.setLang('ko');
    expect(shownErrors(new Error('fetch failed'), i18n).banner[0]).toContain('서버에 연결할 수 없습니다');
  });
});
