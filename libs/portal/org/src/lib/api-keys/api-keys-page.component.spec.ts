import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  type ApiKeyRowFragment,
  ApiKeysGQL,
  DeleteApiKeyGQL,
  RevokeApiKeyGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent, downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { ApiKeyDialogComponent } from './api-key-dialog.component';
import { ApiKeysPageComponent } from './api-keys-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();
const ahead = (days: number) => new Date(Date.now() + days * 24 * 60 * MINUTE).toISOString();

function key(overrides: Partial<ApiKeyRowFragment>): ApiKeyRowFragment {
  return {
    id: 'k',
    name: 'Key',
    prefix: 'sok_00000000',
    scopes: ['READ'],
    createdAt: '2025-03-01T08:00:00.000Z',
    createdByName: 'Sales Ops Admin',
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    active: true,
    ...overrides,
  };
}

const KEYS: ApiKeyRowFragment[] = [
  key({
    id: 'k1',
    name: 'CRM sync',
    prefix: 'sok_ab12cd34',
    scopes: ['WRITE_PIPELINE', 'READ'],
    lastUsedAt: ago(5),
    expiresAt: ahead(30),
  }),
  key({ id: 'k2', name: 'BI export', prefix: 'sok_ef56gh78', scopes: ['READ'] }),
  key({
    id: 'k3',
    name: 'Old import',
    prefix: 'sok_ij90kl12',
    revokedAt: ago(60 * 24),
    active: false,
    lastUsedAt: ago(60 * 48),
  }),
  key({
    id: 'k4',
    name: 'Trial',
    prefix: 'sok_mn34op56',
    scopes: ['WRITE_GOALS'],
    expiresAt: ago(60),
    active: false,
  }),
];

interface Options {
  readonly keys?: ApiKeyRowFragment[];
  readonly error?: unknown;
  readonly revokeError?: unknown;
  /** What each dialog closes with. */
  readonly createResult?: unknown;
  readonly confirm?: boolean;
}

function setup(options: Options = {}) {
  const fetch = jest.fn(() =>
    options.error ? throwError(() => options.error) : of({ data: { apiKeys: options.keys ?? KEYS } }),
  );
  const revoke = jest.fn(({ variables }: { variables: { id: string } }) =>
    options.revokeError
      ? throwError(() => options.revokeError)
      : of({ data: { revokeApiKey: { ...KEYS.find((k) => k.id === variables.id), active: false } } }),
  );
  const open = jest.fn((component: unknown) => ({
    afterClosed: () =>
      of(component === ConfirmDialogComponent ? (options.confirm ?? false) : options.createResult),
  }));
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: ApiKeysGQL, useValue: { fetch } },
      { provide: RevokeApiKeyGQL, useValue: { mutate: revoke } },
      { provide: DeleteApiKeyGQL, useValue: { mutate: jest.fn() } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: snack } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, revoke, open, snack };
}

async function render() {
  const fixture = TestBed.createComponent(ApiKeysPageComponent);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string, scope: ParentNode = element) =>
    Array.from(scope.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string, scope: ParentNode = element) =>
    all(testId, scope).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  return { fixture, element, all, text, settle };
}

describe('ApiKeysPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(downloadCsv).mockClear();
  });

  it('should list the keys with prefix, scope chips, creator, last use, expiry and status', async () => {
    const { fetch } = setup();
    const { text, all } = await render();

    expect(fetch).toHaveBeenCalledWith({ fetchPolicy: 'network-only' });
    expect(text('api-key-row-name')).toEqual(['CRM sync', 'BI export', 'Old import', 'Trial']);
    expect(text('api-key-row-prefix')).toEqual([
      'sok_ab12cd34',
      'sok_ef56gh78',
      'sok_ij90kl12',
      'sok_mn34op56',
    ]);
    const rows = all('api-key-row');
    expect(text('api-key-scope-chip', rows[0])).toEqual(['Read everything', 'Edit pipeline']);
    expect(all('api-key-scope-chip', rows[0])[1].getAttribute('title')).toBe(
      'Deals, CSV imports, sales stages and lead routing.',
    );
    expect(text('api-key-scope-chip', rows[3])).toEqual(['Edit goals']);
    expect(text('api-key-row-created')[0]).toMatch(/^Mar 1, 2025 by Sales Ops Admin$/);
    expect(text('api-key-row-last-used')).toEqual(['5 minutes ago', 'Never', '2 days ago', 'Never']);
    expect(text('api-key-row-expires')[1]).toBe('No end date');
    expect(text('api-key-row-expires')[0]).toMatch(/\d{4}$/);
    expect(text('api-key-row-status')).toEqual(['Active', 'Active', 'Revoked', 'Expired']);
    expect(text('api-keys-counts')).toEqual(['2 active · 2 revoked or expired']);
  });

  it('should grey the revoked and expired keys, offer no revoke for a revoked one, and hide them on request', async () => {
    setup();
    const { all, text, element, settle } = await render();

    const rows = all('api-key-row');
    expect(rows.map((row) => row.classList.contains('inactive-row'))).toEqual([false, false, true, true]);
    expect(rows.map((row) => all('api-key-revoke', row).length)).toEqual([1, 1, 0, 1]);

    (element.querySelector('[data-testid="api-keys-hide-inactive"] button') as HTMLButtonElement).click();
    await settle();

    expect(text('api-key-row-name')).toEqual(['CRM sync', 'BI export']);
    expect(localStorage.getItem('salesops.apiKeys.hideInactive')).toBe('1');
  });

  it('should say so when the switch hides every key', async () => {
    localStorage.setItem('salesops.apiKeys.hideInactive', '1');
    setup({ keys: [KEYS[2], KEYS[3]] });
    const { text, all } = await render();

    expect(all('api-key-row')).toHaveLength(0);
    expect(text('api-keys-all-hidden')[0]).toContain('Every key is revoked or expired.');
    expect(text('api-keys-empty')).toEqual([]);
  });

  it('should open the new key dialog and reload the list when a key was created', async () => {
    const { open, fetch, snack } = setup({ createResult: { apiKey: KEYS[0] } });
    const { element, settle } = await render();

    (element.querySelector('[data-testid="api-key-new"]') as HTMLButtonElement).click();
    await settle();

    expect(open).toHaveBeenCalledWith(ApiKeyDialogComponent, expect.objectContaining({ width: '600px' }));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(snack).toHaveBeenCalledWith('The key “CRM sync” was created.', undefined, { duration: 3000 });
  });

  it('should not reload when the new key dialog was cancelled', async () => {
    const { fetch } = setup({ createResult: undefined });
    const { element, settle } = await render();

    (element.querySelector('[data-testid="api-key-new"]') as HTMLButtonElement).click();
    await settle();

    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should revoke a key only after the confirmation, then reload', async () => {
    const { open, revoke, fetch, snack } = setup({ confirm: true });
    const { all, settle } = await render();

    all('api-key-revoke')[0].click();
    await settle();

    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({
          title: 'Revoke “CRM sync”?',
          text: expect.stringContaining('sok_ab12cd34… stops working at once'),
          confirmLabel: 'Revoke',
          danger: true,
        }),
      }),
    );
    expect(revoke).toHaveBeenCalledWith({ variables: { id: 'k1' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(snack).toHaveBeenCalledWith('The key “CRM sync” was revoked.', undefined, { duration: 3000 });
  });

  it('should leave the key alone when the confirmation is cancelled', async () => {
    const { revoke } = setup({ confirm: false });
    const { all, settle } = await render();

    all('api-key-revoke')[1].click();
    await settle();

    expect(revoke).not.toHaveBeenCalled();
  });

  it('should show why a revoke failed, e.g. revoked already elsewhere', async () => {
    setup({
      confirm: true,
      revokeError: new CombinedGraphQLErrors({
        errors: [{ message: 'This key was revoked already', extensions: { code: 'CONFLICT', field: 'id' } }],
      }),
    });
    const { all, text, settle } = await render();

    all('api-key-revoke')[0].click();
    await settle();

    expect(text('error-banner')[0]).toContain('This key was revoked already');
  });

  it('should export the rows shown as CSV, with no secret in it', async () => {
    setup();
    const { element } = await render();

    (element.querySelector('[data-testid="export-csv"]') as HTMLButtonElement).click();

    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toMatch(/^api-keys-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Name,Prefix,Scopes,Status,Created by,Created (UTC),Last used (UTC),Expires (UTC),Revoked (UTC)',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^CRM sync,sok_ab12cd34,READ WRITE_PIPELINE,Active,Sales Ops Admin,/);
    expect(lines[3]).toContain(',Revoked,');
    expect(csv).not.toMatch(/sok_[a-z0-9]{8}_/);
  });

  it('should invite to create the first key when there is none', async () => {
    const { open } = setup({ keys: [] });
    const { text, element, all, settle } = await render();

    expect(all('api-keys-table')).toHaveLength(0);
    expect(text('api-keys-empty')[0]).toContain('No API keys yet.');
    expect(element.querySelector('[data-testid="export-csv"]')?.hasAttribute('disabled')).toBe(true);

    (element.querySelector('[data-testid="api-keys-empty"] button') as HTMLButtonElement).click();
    await settle();
    expect(open).toHaveBeenCalledWith(ApiKeyDialogComponent, expect.anything());
  });

  it('should show the error with a retry when the keys cannot be loaded', async () => {
    const { fetch } = setup({
      error: new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }),
    });
    const { text, element, settle } = await render();

    expect(text('error-banner')[0]).toContain('You are not allowed to do this.');
    expect(text('api-keys-error')[0]).toContain('The API keys could not be loaded.');
    expect(text('api-keys-empty')).toEqual([]);
    (element.querySelector('[data-testid="api-keys-error"] button') as HTMLButtonElement).click();
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
