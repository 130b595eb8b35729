import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type ApiKeyRowFragment, CreateApiKeyGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { ApiKeyDialogComponent } from './api-key-dialog.component';

const SECRET = 'sok_ab12cd34_Zx9-very-secret-part-0123456789abcdefghijklmnopq';

const ROW: ApiKeyRowFragment = {
  id: 'k1',
  name: 'CRM sync',
  prefix: 'sok_ab12cd34',
  scopes: ['READ', 'WRITE_PIPELINE'],
  createdAt: '2025-03-10T09:00:00.000Z',
  createdByName: 'Sales Ops Admin',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  active: true,
};

function badInput(field: string, message: string) {
  return new CombinedGraphQLErrors({
    errors: [
      {
        message: `${field}: ${message}`,
        extensions: { code: 'BAD_USER_INPUT', field, fieldErrors: [{ field, message }] },
      },
    ],
  });
}

interface Options {
  readonly error?: unknown;
}

async function render(options: Options = {}) {
  const mutate = jest.fn(() =>
    options.error
      ? throwError(() => options.error)
      : of({ data: { createApiKey: { key: SECRET, apiKey: ROW } } }),
  );
  const dialogRef = { close: jest.fn(), disableClose: false };
  TestBed.configureTestingModule({
    providers: [
      { provide: CreateApiKeyGQL, useValue: { mutate } },
      { provide: MatDialogRef, useValue: dialogRef },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(ApiKeyDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const get = <T extends HTMLElement = HTMLElement>(testId: string) =>
    element.querySelector<T>(`[data-testid="${testId}"]`) as T;
  const text = (testId: string) => get(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const input = (testId: string) => get(testId).querySelector('input') ?? (get(testId) as HTMLInputElement);
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const type = async (testId: string, value: string) => {
    const field = input(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const click = async (testId: string) => {
    (input(testId) as HTMLElement).click();
    await settle();
  };
  const submit = async () => {
    get('form-save').click();
    await settle();
  };
  return { fixture, element, get, text, input, type, click, submit, settle, mutate, dialogRef };
}

describe('ApiKeyDialogComponent', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('should offer every scope with its explanation, READ checked by default', async () => {
    const { input, element } = await render();

    expect((input('api-key-scope-READ') as HTMLInputElement).checked).toBe(true);
    for (const scope of [
      'WRITE_ORG',
      'WRITE_PIPELINE',
      'WRITE_GOALS',
      'WRITE_TOOLS',
      'WRITE_FORECASTING',
      'WRITE_COMPENSATION',
    ]) {
      expect((input(`api-key-scope-${scope}`) as HTMLInputElement).checked).toBe(false);
    }
    const scopes = Array.from(element.querySelectorAll('.scope')).map((scope) => [
      scope.querySelector('.scope-label')?.textContent?.trim(),
      scope.querySelector('.scope-hint')?.textContent?.trim(),
    ]);
    expect(scopes).toEqual([
      ['Read everything', 'Read everything an admin can (not the audit trail or API keys).'],
      ['Edit teams & reps', 'Create and change teams and reps.'],
      ['Edit pipeline', 'Deals, CSV imports, sales stages and lead routing.'],
      ['Edit goals', 'Set and change goals.'],
      ['Edit tools & surveys', 'Sales tools, their seats, and surveys.'],
      ['Submit forecasts', 'Forecast calls, snapshots and accepting suggested goals.'],
      ['Edit comp plans & payouts', 'Comp plans, assignments, adjustments and disputes.'],
    ]);
    // The explanation is read out with the checkbox.
    expect(input('api-key-scope-WRITE_GOALS').getAttribute('aria-describedby')).toContain(
      'api-key-scope-hint-WRITE_GOALS',
    );
  });

  it('should create the key with the chosen scopes and the expiry at the end of the day, kept out of the cache', async () => {
    const { type, click, submit, mutate } = await render();

    await type('api-key-name', '  CRM sync ');
    await click('api-key-scope-WRITE_PIPELINE');
    await type('api-key-expires', '2099-12-31');
    await submit();

    expect(mutate).toHaveBeenCalledWith({
      variables: {
        input: {
          name: 'CRM sync',
          scopes: ['READ', 'WRITE_PIPELINE'],
          expiresAt: new Date(2099, 11, 31, 23, 59, 59, 999).toISOString(),
        },
      },
      fetchPolicy: 'no-cache',
    });
  });

  it('should show the secret once with a curl example, and close only after the copy is confirmed, forgetting it', async () => {
    const { fixture, element, get, text, type, click, submit, dialogRef } = await render();
    await type('api-key-name', 'CRM sync');
    await submit();

    expect(text('api-key-copy-warning')).toBe(
      'Copy this key now — it will not be shown again. Only a hash of it is stored, so nobody can look it up later.',
    );
    expect(text('api-key-secret')).toBe(SECRET);
    expect(text('api-key-curl')).toBe(
      `curl -H "Authorization: Bearer ${SECRET}" -H "content-type: application/json" -d '{"query":"{ reps(first: 5) { totalCount } }"}' ${location.origin}/graphql`,
    );
    // Escape and the backdrop no longer close it: only "Done" does.
    expect(dialogRef.disableClose).toBe(true);
    expect(get<HTMLButtonElement>('api-key-done').disabled).toBe(true);
    get('api-key-done').click();
    expect(dialogRef.close).not.toHaveBeenCalled();

    await click('api-key-confirm-copied');
    expect(get<HTMLButtonElement>('api-key-done').disabled).toBe(false);
    get('api-key-done').click();
    await settle(fixture);

    expect(dialogRef.close).toHaveBeenCalledWith({ apiKey: ROW });
    expect(JSON.stringify(dialogRef.close.mock.calls)).not.toContain(SECRET);
    expect(element.textContent).not.toContain(SECRET);
    const state = fixture.componentInstance as unknown as { secret: () => string | null; curl: () => string };
    expect(state.secret()).toBeNull();
    expect(state.curl()).toBe('');
  });

  it('should copy the key to the clipboard and say so', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { text, type, click, submit, settle: again } = await render();
    await type('api-key-name', 'CRM sync');
    await submit();

    await click('api-key-copy');
    await again();

    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(text('api-key-copy-status')).toBe('Copied to the clipboard.');
  });

  it('should select the key for Ctrl+C when the clipboard is refused', async () => {
    const writeText = jest.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { text, type, click, submit, settle: again } = await render();
    await type('api-key-name', 'CRM sync');
    await submit();

    await click('api-key-copy');
    await again();

    expect(window.getSelection()?.toString()).toBe(SECRET);
    expect(text('api-key-copy-status')).toBe('The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  });

  it('should ask for a name and at least one scope before calling the API', async () => {
    const { text, click, submit, mutate } = await render();

    await click('api-key-scope-READ');
    await submit();

    expect(mutate).not.toHaveBeenCalled();
    expect(text('error-name')).toBe('Required');
    expect(text('error-scopes')).toBe('Choose at least one scope.');
  });

  it('should warn that write scopes without READ cannot run a query', async () => {
    const { text, click } = await render();
    expect(text('api-key-write-without-read')).toBeNull();

    await click('api-key-scope-READ');
    await click('api-key-scope-WRITE_GOALS');

    expect(text('api-key-write-without-read')).toContain('cannot run any query');
  });

  it.each([
    ['expiresAt', 'must be in the future', 'error-expiresAt'],
    ['name', 'must be 1 to 100 characters', 'error-name'],
    ['scopes', 'give at least one scope', 'error-scopes'],
  ])('should show the API error on %s next to its field', async (field, message, testId) => {
    const { text, type, submit, get } = await render({ error: badInput(field, message) });
    await type('api-key-name', 'CRM sync');

    await submit();

    expect(text(testId)).toBe(message);
    expect(text('error-banner')).toBeNull();
    expect(get('api-key-secret')).toBeNull();
  });

  it('should show an error without a field in the banner and keep the form', async () => {
    const forbidden = new CombinedGraphQLErrors({
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    });
    const { text, type, submit, get } = await render({ error: forbidden });
    await type('api-key-name', 'CRM sync');

    await submit();

    expect(text('error-banner')).toContain('You are not allowed to do this.');
    expect(get('api-key-name')).not.toBeNull();
  });
});

async function settle(fixture: { whenStable: () => Promise<unknown>; detectChanges: () => void }) {
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
}
