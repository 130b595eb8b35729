import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type ApiKeyRowFragment,
  type ApiKeyScope,
  CreateApiKeyGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { applyFieldErrors } from '../errors/apply-field-errors';
import {
  API_KEY_SCOPES,
  curlExample,
  localDay,
  scopeHint,
  scopeLabel,
  toCreateApiKeyInput,
} from './api-key-model';

/** What the dialog closes with: the new key's row, never its secret. */
export interface ApiKeyDialogResult {
  readonly apiKey: ApiKeyRowFragment;
}

const FIELDS = ['name', 'scopes', 'expiresAt'] as const;
type Field = 'name' | 'scopes' | 'expiresOn';

type CopyState = { readonly what: 'key' | 'curl'; readonly how: 'copied' | 'selected' } | null;

function atLeastOneScope(group: AbstractControl): ValidationErrors | null {
  return Object.values(group.value as Record<string, boolean>).some(Boolean) ? null : { required: true };
}

/** A day before today cannot be an expiry; the API says the same, this says it sooner. */
function notBeforeToday(control: AbstractControl): ValidationErrors | null {
  const value = control.value as string;
  return value && value < localDay() ? { past: true } : null;
}

/**
 * Creates an API key, then shows its secret this one time with a copy button and an example request.
 * Once the key exists the dialog closes only through "Done", after the admin confirms the copy; the
 * secret is dropped from the component before it closes and is never handed back to the page.
 */
@Component({
  selector: 'so-api-key-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-key-dialog.component.html',
  styleUrls: ['../org-dialog.scss', './api-key-dialog.component.scss'],
})
export class ApiKeyDialogComponent {
  private readonly dialogRef = inject(MatDialogRef<ApiKeyDialogComponent, ApiKeyDialogResult>);
  private readonly createApiKey = inject(CreateApiKeyGQL);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  protected readonly scopes = API_KEY_SCOPES;
  protected readonly today = localDay();
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly banner = signal<readonly string[]>([]);

  /** The new key's row once created; the dialog then shows the secret instead of the form. */
  protected readonly created = signal<ApiKeyRowFragment | null>(null);
  /** The secret, held only while this panel is open. */
  protected readonly secret = signal<string | null>(null);
  protected readonly curl = signal('');
  protected readonly copiedConfirmed = signal(false);
  protected readonly copyState = signal<CopyState>(null);

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    scopes: new FormGroup(
      {
        READ: new FormControl(true, { nonNullable: true }),
        WRITE_ORG: new FormControl(false, { nonNullable: true }),
        WRITE_PIPELINE: new FormControl(false, { nonNullable: true }),
        WRITE_GOALS: new FormControl(false, { nonNullable: true }),
        WRITE_TOOLS: new FormControl(false, { nonNullable: true }),
        WRITE_FORECASTING: new FormControl(false, { nonNullable: true }),
        WRITE_COMPENSATION: new FormControl(false, { nonNullable: true }),
      },
      { validators: [atLeastOneScope] },
    ),
    expiresOn: new FormControl('', { nonNullable: true, validators: [notBeforeToday] }),
  });

  /** Re-read by the template when the scope boxes change (OnPush, zoneless). */
  protected readonly scopeValues = signal(this.form.controls.scopes.getRawValue());

  constructor() {
    this.form.controls.scopes.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.scopeValues.set(this.form.controls.scopes.getRawValue()));
    // However the dialog goes away, the secret does not stay behind in this component.
    inject(DestroyRef).onDestroy(() => this.forget());
  }

  protected label(scope: ApiKeyScope): string {
    return scopeLabel(scope, this.i18n);
  }

  protected hint(scope: ApiKeyScope): string {
    return scopeHint(scope, this.i18n);
  }

  /** Write scopes without READ: allowed, but worth a word, since such a key cannot run a single query. */
  protected writeWithoutRead(): boolean {
    const values = this.scopeValues();
    return !values.READ && API_KEY_SCOPES.some((scope) => scope !== 'READ' && values[scope]);
  }

  protected errorFor(field: Field): string {
    // Reading the signal re-renders the view when the API answers; the control holds the current error.
    const fromApi = this.fieldErrors()[field === 'expiresOn' ? 'expiresAt' : field];
    const control = this.form.controls[field];
    const errors = control.errors;
    if (!errors || !control.touched) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required'])
      return this.i18n.t(field === 'scopes' ? 'apiKeys.scopesRequired' : 'error.required');
    if (errors['maxlength']) return this.i18n.t('apiKeys.nameTooLong');
    if (errors['past']) return this.i18n.t('apiKeys.expiryPast');
    return fromApi ?? this.i18n.t('error.generic');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.scopeValues.set(this.form.controls.scopes.getRawValue());
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    this.fieldErrors.set({});
    try {
      const result = await firstValueFrom(
        // The answer holds the secret: kept out of Apollo's cache, so it lives only in this dialog.
        this.createApiKey.mutate({
          variables: { input: toCreateApiKeyInput(this.form.getRawValue()) },
          fetchPolicy: 'no-cache',
        }),
      );
      const created = result.data?.createApiKey;
      if (!created) throw new Error('No key in the answer');
      this.dialogRef.disableClose = true;
      this.created.set(created.apiKey);
      this.secret.set(created.key);
      this.curl.set(curlExample(created.key, this.document.location.origin));
    } catch (error) {
      const shown = shownErrors(error, this.i18n, FIELDS);
      // The API names the expiry `expiresAt`; the form's control is the day, `expiresOn`.
      const { expiresAt, ...rest } = shown.fields;
      const fields = expiresAt ? { ...rest, expiresOn: expiresAt } : rest;
      this.fieldErrors.set(shown.fields);
      applyFieldErrors(this.form, fields);
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }

  /** The clipboard when the browser lets us; otherwise the text is selected for Ctrl+C. */
  protected async copy(what: 'key' | 'curl', element: HTMLElement): Promise<void> {
    const text = what === 'key' ? this.secret() : this.curl();
    if (!text) return;
    try {
      const clipboard = this.document.defaultView?.navigator.clipboard;
      if (!clipboard?.writeText) throw new Error('No clipboard');
      await clipboard.writeText(text);
      this.copyState.set({ what, how: 'copied' });
    } catch {
      const selection = this.document.defaultView?.getSelection();
      const range = this.document.createRange();
      range.selectNodeContents(element);
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.copyState.set({ what, how: 'selected' });
    }
  }

  protected done(): void {
    const apiKey = this.created();
    if (!apiKey || !this.copiedConfirmed()) return;
    this.forget();
    this.dialogRef.close({ apiKey });
  }

  private forget(): void {
    this.secret.set(null);
    this.curl.set('');
    this.copyState.set(null);
    this.document.defaultView?.getSelection()?.removeAllRanges();
  }
}
