import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuthService } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent', () => {
  let login: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    login = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: { login } }],
    });
    TestBed.inject(I18nService).setLang('en');
  });

  async function submit(email: string, password: string) {
    const fixture = TestBed.createComponent(LoginPageComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const type = (testId: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(`${testId} not found`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('login-email', email);
    type('login-password', password);
    element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    await fixture.whenStable();
    return element;
  }

  it('should show the error when the password is wrong', async () => {
    login.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );

    const element = await submit('admin@salesops.demo', 'wrong');

    expect(login).toHaveBeenCalledWith('admin@salesops.demo', 'wrong');
    expect(element.querySelector('[data-testid="login-error"]')?.textContent?.trim()).toBe(
      'Wrong email or password.',
    );
  });

  it('should say the server cannot be reached when the request fails without an answer', async () => {
    login.mockRejectedValue(new Error('Http failure response for /graphql: 0 Unknown Error'));

    const element = await submit('admin@salesops.demo', 'demo-admin');

    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain(
      'server cannot be reached',
    );
  });

  it('should go to the start page of the role when login succeeds', async () => {
    login.mockResolvedValue({ id: 'u', name: 'R', email: 'r@x.y', role: 'REP', repId: 'r1' });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    const element = await submit('darcel.schlecht@salesops.demo', 'demo-pass');

    expect(navigate).toHaveBeenCalledWith('/me');
    expect(element.querySelector('[data-testid="login-error"]')).toBeNull();
  });

  it('should not call the API when the fields are empty', async () => {
    await submit('', '');
    expect(login).not.toHaveBeenCalled();
  });
});
